# Convert INPUT with BIN to FORMAT and compare with EXPECTED (or, with
# REGENERATE, write EXPECTED).
separate_arguments(arglist UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${BIN} convert ${INPUT} -f ${FORMAT} ${arglist}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "newsgraph failed (${rc}): ${err}")
endif()
if(REGENERATE)
  file(WRITE ${EXPECTED} "${out}")
  return()
endif()
get_filename_component(dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
file(WRITE ${OUT} "${out}")
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "output differs from ${EXPECTED}: diff ${OUT} ${EXPECTED}\n"
                      "(if the change is intended: cmake --build build --target regenerate-expected)")
endif()
