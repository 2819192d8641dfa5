# Turn a file into a C string constant: cmake -DIN=... -DOUT=... -DNAME=... -P embed.cmake
file(READ "${IN}" hex HEX)
# (char) casts: bytes above 0x7f (UTF-8) would overflow a plain char
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "(char)0x\\1," bytes "${hex}")
file(WRITE "${OUT}" "/* generated from ${NAME_FILE} by cmake/embed.cmake; do not edit */\nconst char ${NAME}[] = {${bytes} 0x00};\n")
