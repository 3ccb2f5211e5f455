#!/usr/bin/env bash
# Checks that every C++ file of ours is formatted by .clang-format (exit 1
# with the files that are not; 77, a skip, without clang-format); with
# --fix, formats them in place.
#   tools/check_format.sh          # what the tests run
#   tools/check_format.sh --fix    # before committing
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if ! command -v clang-format >/dev/null; then
  echo "clang-format is not installed (apt-get install clang-format): format not checked" >&2
  exit 77
fi
mapfile -t files < <(git ls-files -- 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc' 'bench/*.h' 2>/dev/null ||
                     find src tests bench -name '*.cc' -o -name '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
# One clang-format run for all files; it names each file that differs.
report="$(clang-format --dry-run -Werror "${files[@]}" 2>&1)" || true
mapfile -t bad < <(grep -oE '^[^:]+\.(cc|h):[0-9]+:[0-9]+: error' <<<"$report" | cut -d: -f1 | sort -u)
if [ ${#bad[@]} -gt 0 ]; then
  echo "not formatted by .clang-format (run tools/check_format.sh --fix):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "format: ${#files[@]} files follow .clang-format"
