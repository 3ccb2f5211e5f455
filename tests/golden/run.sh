#!/usr/bin/env bash
# Golden end-to-end tests: runs every case under tests/golden/ and diffs what
# it prints with what it printed when it was last accepted.
#
#   tests/golden/run.sh PATH_TO_NEWSGRAPH [--update] [CASE ...]
#
# A case is a directory tests/golden/<case>/ holding
#   cmd        a bash snippet; it runs in tests/golden/ (so corpus paths are
#              relative and the document names the store keeps do not depend
#              on where the checkout is) with these variables set:
#                NEWSGRAPH  absolute path of the binary under test
#                CASE       absolute path of the case directory
#                TMP        a fresh, empty temporary directory, removed after
#                GOLDEN     absolute path of tests/golden/
#              A non-zero exit status fails the case: a command that is meant
#              to fail is written `... || echo "exit $?"` so that its code is
#              part of the output.
#   expected   what cmd must print on stdout, byte for byte (stderr is shown
#              on failure, not compared; redirect it with 2>&1 to compare it).
#   needs      optional: paths (relative to tests/golden/) the case reads,
#              one a line; when one is missing the case is skipped with a
#              message (../shared is not in every checkout).
# Directories without a cmd file (corpora, shared data) are skipped.
#
# --update rewrites `expected` from the current output instead of comparing
# (review the diff before committing). Naming cases runs only those.
# Exit status: 0 when every case passed, 1 otherwise, 2 for bad usage.
set -u

usage() {
  echo "usage: $0 PATH_TO_NEWSGRAPH [--update] [CASE ...]" >&2
  exit 2
}
[ $# -ge 1 ] || usage
binary=$1
shift
[ -x "$binary" ] || { echo "$0: $binary is not an executable" >&2; exit 2; }
NEWSGRAPH=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
GOLDEN=$(cd "$(dirname "$0")" && pwd)
update=0
cases=()
for arg in "$@"; do
  case $arg in
    --update) update=1 ;;
    -*) usage ;;
    *) cases+=("${arg%/}") ;;
  esac
done
if [ ${#cases[@]} -eq 0 ]; then
  for dir in "$GOLDEN"/*/; do
    [ -f "$dir/cmd" ] && cases+=("$(basename "$dir")")
  done
fi

# Outputs must not depend on the environment the tests run in.
export LC_ALL=C.UTF-8 TZ=UTC
unset NEWSGRAPH_GAZETTEERS NEWSGRAPH_RULES

passed=0
failed=()
for name in "${cases[@]}"; do
  CASE=$GOLDEN/$name
  if [ ! -f "$CASE/cmd" ]; then
    echo "FAIL $name: no such case ($CASE/cmd)"
    failed+=("$name")
    continue
  fi
  if [ -f "$CASE/needs" ]; then
    missing=""
    while IFS= read -r need; do
      [ -n "$need" ] && [ ! -e "$GOLDEN/$need" ] && missing="$missing $need"
    done < "$CASE/needs"
    if [ -n "$missing" ]; then
      echo "skip $name: missing$missing"
      continue
    fi
  fi
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-golden.XXXXXX")
  (cd "$GOLDEN" && NEWSGRAPH=$NEWSGRAPH CASE=$CASE TMP=$TMP GOLDEN=$GOLDEN \
     bash -o pipefail "$CASE/cmd") >"$TMP/.stdout" 2>"$TMP/.stderr"
  status=$?
  if [ $status -ne 0 ]; then
    echo "FAIL $name: cmd exited with status $status"
    sed 's/^/  stderr: /' "$TMP/.stderr" | head -20
    failed+=("$name")
  elif [ $update -eq 1 ]; then
    if [ -f "$CASE/expected" ] && cmp -s "$TMP/.stdout" "$CASE/expected"; then
      echo "same $name"
    else
      cp "$TMP/.stdout" "$CASE/expected"
      echo "UPDATED $name"
    fi
    passed=$((passed + 1))
  elif [ ! -f "$CASE/expected" ]; then
    echo "FAIL $name: no expected output (run with --update to create it)"
    failed+=("$name")
  elif ! diff -u --label "$name/expected" --label "$name/actual" \
         "$CASE/expected" "$TMP/.stdout" >"$TMP/.diff"; then
    echo "FAIL $name: output differs"
    head -60 "$TMP/.diff"
    [ -s "$TMP/.stderr" ] && sed 's/^/  stderr: /' "$TMP/.stderr" | head -10
    failed+=("$name")
  else
    echo "ok   $name"
    passed=$((passed + 1))
  fi
  rm -rf "$TMP"
done

echo "golden: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}"; exit 1; }
exit 0
