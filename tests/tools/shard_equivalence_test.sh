#!/usr/bin/env bash
# The three ways of building a database agree on our own examples: one
# `ingest`; `extract` in shards run side by side by `xargs -P` (for real),
# then `load`; shard databases then `merge` (tools/shard_equivalence.py).
#
#   tests/tools/shard_equivalence_test.sh build/newsgraph
# Exit status: 0 pass, 1 fail, 77 skip (python3 or sqlite3 missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 (the shell) not found"; exit 77; }
binary=${1:?usage: $0 NEWSGRAPH_BINARY}
out=$("$python" "$root/tools/shard_equivalence.py" "$binary" "$root/examples" --shards 3 2>&1)
status=$?
echo "$out"
[ $status -eq 0 ] || { echo "FAIL: not equivalent (status $status)"; exit 1; }
grep -q '^equivalent$' <<<"$out" || { echo "FAIL: no verdict"; exit 1; }
grep -q '^documents *6 *6 *6$' <<<"$out" || { echo "FAIL: expected the 6 example documents"; exit 1; }
echo PASS
