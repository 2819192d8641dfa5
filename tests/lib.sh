# tests/lib.sh -- helpers shared by the shell tests (sourced; POSIX sh).
#   expect STATUS EXPECTED_STDERR -- command...   exact exit status and stderr
#                                                 (stdout in out.txt, stderr in err.txt)
#   check "what" "shell condition"                 the condition must hold
# Lines of stderr matching $EXPECT_IGNORE (a grep pattern: progress output)
# are left out of the comparison. Each test prints "NAME: $n checks, $fails
# failed" and exits non-zero when fails > 0.
fails=0
n=0

expect() {
  want_rc=$1; want_err=$2; shift 3
  n=$((n + 1))
  "$@" >out.txt 2>err.txt
  rc=$?
  if [ -n "${EXPECT_IGNORE:-}" ]; then
    got_err=$(grep -v "$EXPECT_IGNORE" err.txt)
  else
    got_err=$(cat err.txt)
  fi
  if [ "$rc" != "$want_rc" ] || [ "$got_err" != "$want_err" ]; then
    fails=$((fails + 1))
    echo "FAIL: $*"
    echo "  exit $rc (want $want_rc)"
    echo "  stderr: $got_err"
    echo "  want:   $want_err"
  fi
}

check() {
  n=$((n + 1))
  if ! eval "$2"; then
    fails=$((fails + 1))
    echo "FAIL: $1"
  fi
}
