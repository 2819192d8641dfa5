#!/bin/sh
# The source tree shows the pipeline and its arrows point down it: a file in
# convert/FOLDER includes headers only from its own folder or folders before
# it, and calls only functions defined there (checked on the object files).
# Order: core read analyze extract graph validate, then pipeline.c, then cli.
# usage: layout_test.sh SOURCE_DIR OBJECT_DIR
SRC=$1
OBJ=$2
. "$SRC/tests/lib.sh"
rank() {
  case $1 in
  core) echo 0 ;; read) echo 1 ;; analyze) echo 2 ;; extract) echo 3 ;; graph) echo 4 ;;
  validate) echo 5 ;; top) echo 6 ;; cli) echo 7 ;; *) echo 99 ;;
  esac
}
folder_of() { # path below convert/ -> its folder, "top" for convert/*.c
  case $1 in */*) echo "${1%%/*}" ;; *) echo top ;; esac
}
# 1. includes
cd "$SRC/convert" || exit 1
up_includes=""
for f in $(find . -name '*.c' -o -name '*.h' -o -name '*.cc' | sed 's|^\./||' | sort); do
  from=$(folder_of "$f")
  for h in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
    hp=$(find . -name "$h" | sed 's|^\./||' | head -1)
    [ -n "$hp" ] || continue
    to=$(folder_of "$hp")
    [ "$hp" = newsgraph.h ] && to=core # the public header is below everything
    if [ "$(rank "$to")" -gt "$(rank "$from")" ]; then up_includes="$up_includes $f->$hp"; fi
  done
done
check "no file includes a header of a later folder:$up_includes" "[ -z '$up_includes' ]"
# 2. calls, from the symbols each object file defines and needs
cd "$OBJ" || exit 1
up_calls=$(find . -name '*.o' | sort | while read -r o; do
  p=${o#./}
  nm "$o" 2>/dev/null | awk -v f="$p" '$2 ~ /^[TDRB]$/ {print "D", $3, f} $1 == "U" {print "U", $2, f}'
done | awk '
  function folder(p) {
    if (index(p, "/")) return substr(p, 1, index(p, "/") - 1)
    if (p == "pipeline.c.o") return "top"
    if (p ~ /^(embedded_|ner_model|syntax_model)/) return "data"
    return "stale" # an object left in the build directory by an older layout
  }
  # generated objects (the embedded schemas and models) are data below everything
  function rank(d) { return d == "data" ? -1 : d == "core" ? 0 : d == "read" ? 1 : d == "analyze" ? 2 : d == "extract" ? 3 : d == "graph" ? 4 : d == "validate" ? 5 : d == "top" ? 6 : 7 }
  $1 == "D" && folder($3) != "stale" { def[$2] = $3 }
  $1 == "U" && folder($3) != "stale" { use[++n] = $2 " " $3 }
  END {
    for (i = 1; i <= n; i++) {
      split(use[i], u, " ")
      if (!(u[1] in def)) continue
      if (rank(folder(def[u[1]])) > rank(folder(u[2]))) print u[2] "->" u[1] "(" def[u[1]] ")"
    }
  }')
check "no object calls into a later folder: $up_calls" "[ -z '$up_calls' ]"
nobj=$(find . -name '*.o' | wc -l)
check "the object files were found ($nobj)" "[ $nobj -gt 30 ]"
echo "layout: $n checks, $fails failed"
[ "$fails" -eq 0 ]
