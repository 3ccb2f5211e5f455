#!/usr/bin/env bash
# End-to-end test of tools/import_cameo.py:
#   1. on a small CAMEO-format dictionary written here (our own text, not
#      CAMEO's), the importer keeps the verbs the selection allows, takes
#      verb + object patterns with their synonym sets, and skips codes that
#      fit no relation type;
#   2. on the real dictionary in ../shared (skipped when absent), the
#      committed rules/triggers.tsv is exactly what the importer writes.
#
#   tests/tools/import_cameo_test.sh
# Exit status: 0 pass, 1 fail, 77 skip (python3 missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

cat > "$tmp/cameo.txt" <<'DICT'
# a test dictionary in the CAMEO format
&ARMY
+TROOPS
+SOLDIERS

---  GREET   [040]  ---
GREET
PONDER
- * &ARMY                                            [154]         # GREET

---  POST   [---]  ---
POST {POSTS POSTED POSTING}
- * &ARMY                                            [154]         # POST
- * LETTER                                           [020]         # POST
DICT
cat > "$tmp/selection.tsv" <<'SEL'
kind	relation	value
code	meets	040
code	deploys	154
verbs	meets	GREET
objects	deploys	POST
SEL
"$python" "$root/tools/import_cameo.py" --cameo "$tmp/cameo.txt" --selection "$tmp/selection.tsv" \
  -o "$tmp/triggers.tsv" 2>/dev/null || { echo "FAIL: importer exited non-zero"; exit 1; }
rows=$(grep -v '^#' "$tmp/triggers.tsv" | tail -n +2 | cut -f1,2,4,5 | sort)
expected=$(printf 'deploys\tpost\tsoldiers|troops\t154\nmeets\tgreet\t-\t040')
if [ "$rows" != "$expected" ]; then
  echo "FAIL: unexpected triggers from the test dictionary:"
  echo "$rows"
  fail=1
fi
grep -q 'posted' "$tmp/triggers.tsv" || { echo "FAIL: irregular forms from {...} are missing"; fail=1; }
grep -q 'MIT' "$tmp/triggers.tsv" || { echo "FAIL: the licence notice is missing"; fail=1; }

if [ -f "$root/../shared/data/petrarch2-phoenix-dictionaries/CAMEO.2.0.txt" ]; then
  "$python" "$root/tools/import_cameo.py" --check || fail=1
else
  echo "note: ../shared CAMEO dictionary absent; committed file not checked"
fi
[ $fail -eq 0 ] && echo "import_cameo: ok"
exit $fail
