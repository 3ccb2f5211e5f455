#!/usr/bin/env bash
# Checks tools/gazetteer_stats.py on two small gazetteers written here: entries
# are distinct ids (two lines of one id are one entry), names the distinct
# strings of the name columns, ambiguous ones counted apart, and the sourced
# total adds up the files of GENERATION_ORDER only.
#
#   tests/tools/gazetteer_stats_test.sh
# Exit status: 0 pass, 1 fail, 77 skip (python3 missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'id\ttype\tname\taliases\tacronyms\tambiguous\n' > "$tmp/parties.tsv"
printf 'org:party-1\tORG\tRed Party\tThe Reds\tRP\tThe Reds\n' >> "$tmp/parties.tsv"
printf 'org:party-2\tORG\tBlue Party\t\tBP\t\n' >> "$tmp/parties.tsv"
printf '# a comment\nid\ttype\tname\taliases\trole\n' > "$tmp/people-test.tsv"
printf 'person:a-b\tPERSON\tAnna Berg\tA. Berg\tMayor\n' >> "$tmp/people-test.tsv"
printf 'person:a-b\tPERSON\tAnna Berg\t\tSenator\n' >> "$tmp/people-test.tsv"
printf 'person:c-d\tPERSON\tRed Party\t\t\n' >> "$tmp/people-test.tsv"

out=$("$python" "$root/tools/gazetteer_stats.py" --dir "$tmp" --json) || { echo "FAIL: the tool failed"; exit 1; }
fail=0
check() {  # description, python expression over the JSON object d
  if ! "$python" -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if ($2) else 1)" "$out"; then
    echo "FAIL: $1"; fail=1
  fi
}
check "parties: 2 entries, 5 names, 1 ambiguous, generated" \
  "[f for f in d['files'] if f['file']=='parties.tsv'] == [{'file':'parties.tsv','entries':2,'names':5,'ambiguous':1,'generated':True}]"
check "people: two lines of one id are one entry; 3 names; hand-written" \
  "[f for f in d['files'] if f['file']=='people-test.tsv'] == [{'file':'people-test.tsv','entries':2,'names':3,'ambiguous':0,'generated':False}]"
check "totals: 4 entries, 7 distinct names (Red Party once), 2 sourced" \
  "d['total'] == {'entries':4,'names':7,'sourced_entries':2}"
"$python" "$root/tools/gazetteer_stats.py" --dir "$tmp/none" >/dev/null 2>&1 && { echo "FAIL: an empty directory is no error"; fail=1; }
[ $fail -eq 0 ] && echo "gazetteer_stats: ok"
exit $fail
