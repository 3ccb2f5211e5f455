#!/usr/bin/env bash
# End-to-end test of tools/gen_countries.py:
#   1. on small iso-codes, countries_extra and CLDR files written here
#      (invented countries of the user-assigned codes QM/QMA, QN/QNA and
#      XK/XKX, not rows of the real data), the generator writes one COUNTRY
#      line per code; CLDR names become aliases of the country of their code
#      (XK -> XKX), a new one-word CLDR name is also ambiguous, and it leaves
#      out region codes, names with parentheses, names the country already
#      has, another country's names and names of another gazetteer entry; the
#      header names CLDR 48.2 and repeats the LICENSE next to the CLDR file;
#      former countries (start and end dates) take an ISO 3166-3 code, whose
#      name becomes an alias unless written inverted with a comma, or a
#      user-assigned one; an end after the ISO 3166-3 withdrawal, an end on a
#      current country and an unknown code that is not user-assigned are
#      errors (exit 2); source lists the inputs a line takes names from, as_of
#      is that of the countries_extra line, else the generation date;
#      --check passes on that output and fails on an edited one; without the
#      CLDR file it exits 77 and says where the file should be;
#   2. on the real sources (skipped when ../shared is absent, exit 77), the
#      committed gazetteers/countries.tsv is what the generator writes, and
#      build/newsgraph (when built) loads it with all other gazetteers.
#
#   tests/tools/gen_countries_test.sh [path/to/newsgraph]
# Exit status: 0 pass, 1 fail, 77 skip (python3 or ../shared missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
T=$'\t'

cat > "$tmp/iso.json" <<'JSON'
{"3166-1": [
  {"alpha_2": "QM", "alpha_3": "QMA", "name": "Zedland", "official_name": "Republic of Zedland"},
  {"alpha_2": "QN", "alpha_3": "QNA", "name": "Heronia, Kingdom of", "common_name": "Heronia"}
]}
JSON
cat > "$tmp/iso3.json" <<'JSON'
{"3166-3": [
  {"alpha_2": "QF", "alpha_3": "QQF", "alpha_4": "QFQM", "name": "Greater Zedland", "withdrawal_date": "1999-05-01"},
  {"alpha_2": "QG", "alpha_3": "QQG", "alpha_4": "QGQN", "name": "Heronia, Lost Kingdom of", "withdrawal_date": "1971"}
]}
JSON
cat > "$tmp/extra.tsv" <<EOF
# invented countries
iso3${T}name${T}aliases${T}acronyms${T}demonyms${T}capitals${T}ambiguous${T}start${T}end${T}source${T}as_of
QMA${T}Zedland${T}Zed Republic${T}ZR${T}Zedlander${T}Zedville${T}${T}${T}${T}general knowledge${T}1999-01-02
QNA${T}Heronia${T}${T}${T}Heronian${T}Heron City${T}${T}${T}${T}general knowledge${T}
QQF${T}Old Zedland${T}Zed Empire${T}OZE${T}Old Zedlander${T}${T}${T}1950${T}1999-04-30${T}general knowledge${T}1999-01
QQG${T}Lost Heronia${T}${T}${T}${T}${T}${T}1960-01-01${T}1970${T}general knowledge${T}1999
XKX${T}Xenland${T}${T}${T}Xenlander${T}${T}${T}${T}${T}general knowledge${T}1999
XQW${T}Old Xenland${T}${T}${T}${T}${T}${T}1901${T}1950-06${T}general knowledge${T}1999
EOF
mkdir "$tmp/cldr"
cat > "$tmp/cldr/territories-en.json" <<'JSON'
{"main": {"en": {"identity": {"language": "en"}, "localeDisplayNames": {"territories": {
  "001": "world",
  "EU": "European Union",
  "QM": "Zedland",
  "QM-alt-short": "Zeddia",
  "QM-alt-variant": "Zedland (Republic)",
  "QN": "Heronia & Isles",
  "QN-alt-short": "Old Harbour",
  "QN-alt-variant": "Zedville",
  "QO": "Outlying Oceania",
  "XK": "Xen Republic"
}}}}}
JSON
printf 'INVENTED TEST NOTICE\n\nSecond paragraph of the invented notice.\n' > "$tmp/cldr/LICENSE"
printf 'id\ttype\tname\taliases\tcountry\ncity:old-harbour\tCITY\tOld Harbour\t\tcountry:QNA\n' > "$tmp/places.tsv"

gen() {
  "$python" "$root/tools/gen_countries.py" --iso "$tmp/iso.json" --iso3 "$tmp/iso3.json" --extra "$tmp/extra.tsv" \
    --cldr "$tmp/cldr/territories-en.json" --others "$tmp/places.tsv" --iso-version test \
    --date 2000-01-01 --out "$tmp/out.tsv" "$@"
}
gen 2>"$tmp/log" || { echo "FAIL: generator exited non-zero"; cat "$tmp/log"; exit 1; }
rows=$(grep -v '^#' "$tmp/out.tsv")
expected="id${T}type${T}name${T}aliases${T}acronyms${T}demonyms${T}capitals${T}ambiguous${T}start${T}end${T}source${T}as_of
country:QMA${T}COUNTRY${T}Zedland${T}Zed Republic|Republic of Zedland|Zeddia${T}ZR${T}Zedlander${T}Zedville${T}Zeddia${T}${T}${T}iso-codes 3166-1|CLDR 48.2|countries_extra${T}1999-01-02
country:QNA${T}COUNTRY${T}Heronia${T}Heronia, Kingdom of|Heronia & Isles${T}${T}Heronian${T}Heron City${T}${T}${T}${T}iso-codes 3166-1|CLDR 48.2|countries_extra${T}2000-01-01
country:QQF${T}COUNTRY${T}Old Zedland${T}Zed Empire|Greater Zedland${T}OZE${T}Old Zedlander${T}${T}${T}1950${T}1999-04-30${T}iso-codes 3166-3|countries_extra${T}1999-01
country:QQG${T}COUNTRY${T}Lost Heronia${T}${T}${T}${T}${T}${T}1960-01-01${T}1970${T}iso-codes 3166-3|countries_extra${T}1999
country:XKX${T}COUNTRY${T}Xenland${T}Xen Republic${T}${T}Xenlander${T}${T}${T}${T}${T}CLDR 48.2|countries_extra${T}1999
country:XQW${T}COUNTRY${T}Old Xenland${T}${T}${T}${T}${T}${T}1901${T}1950-06${T}countries_extra${T}1999"
if [ "$rows" != "$expected" ]; then
  echo "FAIL: unexpected lines from the test files:"
  diff <(echo "$expected") <(echo "$rows")
  fail=1
fi
for note in 'CLDR 48.2' 'cldr-localenames-full 48.2.0' 'Unicode License v3' 'iso-codes test' \
            'Generated 2000-01-01' 'tools/gen_countries.py' '-alt-short' \
            'INVENTED TEST NOTICE' 'Second paragraph of the invented notice.'; do
  grep -qF -- "$note" <(grep '^#' "$tmp/out.tsv") || { echo "FAIL: header lacks '$note'"; fail=1; }
done
for count in 'CLDR names added as aliases: 3' 'one word, ambiguous: 1' 'parentheses: 1' \
             'the country has it already: 1' 'name of another country: 1' \
             'name of another gazetteer entry: 1' 'code not an ISO 3166-1 country (region, EU, UN, CLDR-only area): 3'; do
  grep -qF "$count" "$tmp/log" || { echo "FAIL: stderr lacks '$count'"; cat "$tmp/log"; fail=1; }
done
bad=$(awk -F'\t' '!/^#/ && NF != 12' "$tmp/out.tsv")
[ -z "$bad" ] || { echo "FAIL: lines without 12 fields: $bad"; fail=1; }
gen --check >/dev/null 2>&1 || { echo "FAIL: --check fails on the file just written"; fail=1; }
sed -i 's/Zeddia/Zedlandia/' "$tmp/out.tsv"
if gen --check >/dev/null 2>&1; then echo "FAIL: --check passes on an edited file"; fail=1; fi
cp "$tmp/extra.tsv" "$tmp/extra.good"
while IFS='|' read -r edit message; do
  sed "$edit" "$tmp/extra.good" > "$tmp/extra.tsv"
  gen --out "$tmp/bad.tsv" 2>"$tmp/logbad"
  rc=$?
  if [ $rc -ne 2 ] || ! grep -qF "$message" "$tmp/logbad"; then
    echo "FAIL: no error '$message' (exit $rc):"; cat "$tmp/logbad"; fail=1
  fi
done <<'EDITS'
s/1999-04-30\t/1999-06\t/|after the ISO 3166-3 withdrawal
s/Zedville\t\t\t\t/Zedville\t\t\t1990\t/|ISO 3166-1 still lists it
s/^XQW/ABC/|not a user-assigned code
s/1960-01-01/1971/|start is after end
s/1999-01-02$/late 1999/|as_of 'late 1999' is not YYYY
EDITS
cp "$tmp/extra.good" "$tmp/extra.tsv"
"$python" "$root/tools/gen_countries.py" --cldr "$tmp/absent.json" --out "$tmp/none.tsv" 2>"$tmp/log77"
rc=$?
[ $rc -eq 77 ] || { echo "FAIL: absent CLDR file: exit $rc, not 77"; fail=1; }
grep -q 'cldr-territories' "$tmp/log77" || { echo "FAIL: absent CLDR file: message does not say where"; fail=1; }
[ ! -e "$tmp/none.tsv" ] || { echo "FAIL: absent CLDR file: output written"; fail=1; }

if [ ! -f "$root/../shared/data/gazetteer-sources/cldr-territories/territories-en.json" ]; then
  echo "SKIP: ../shared CLDR territory names absent; committed file not checked"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
"$python" "$root/tools/gen_countries.py" --check >/dev/null || fail=1
bad=$(awk -F'\t' '!/^#/ && NF != 12' "$root/gazetteers/countries.tsv" | head -3)
[ -z "$bad" ] || { echo "FAIL: gazetteers/countries.tsv lines of the wrong width: $bad"; fail=1; }
bin=${1:-$root/build/newsgraph}
if [ -x "$bin" ]; then
  if ! echo 'Trinidad & Tobago beat Wallis & Futuna. The Soviet Union broke up.' |
       "$bin" tag --gazetteers "$root/gazetteers" --rules "$root/rules" - > "$tmp/tag.out" 2> "$tmp/tag.err"; then
    echo "FAIL: newsgraph does not load the gazetteers:"; cat "$tmp/tag.err"; fail=1
  elif ! grep -q '"id":"country:WLF"' "$tmp/tag.out" || ! grep -q '"id":"country:SUN"' "$tmp/tag.out"; then
    echo "FAIL: a CLDR name or a former country is not tagged in the test sentence:"; cat "$tmp/tag.out"; fail=1
  fi
else
  echo "note: $bin absent; loading not checked"
fi
[ $fail -eq 0 ] && echo "gen_countries: ok"
exit $fail
