#!/usr/bin/env bash
# End-to-end test of tools/import_phoenix.py --ship (tools/phoenix_ship.py):
#   1. on small actor dictionaries written here (invented actors of the
#      user-assigned code QQA, not Phoenix rows), the importer writes
#      phoenix-people.tsv with one line per dated office (role "Government
#      [GOV]", affiliation, dates; ELI periods left out), skips a person the
#      hand-written people-*.tsv has and one with ELI periods only, drops the
#      dates of a person whose surname is an ordinary word ("Table") or one
#      the corpus writes for someone else ("Lena Brandt"); and
#      phoenix-orgs.tsv with the International and MilNonState organisations,
#      skipping one organisations.tsv has and the Countries file's
#      institutions, dropping an ordinary one-word name ("Harbour"), a date
#      ("May 15") and an armed group's one-word alias, marking a name of
#      ordinary words ambiguous, giving a company its name without legal
#      suffix; and phoenix-places.tsv with the cities and provinces of the
#      country entry after its capital (news capitalisation "Kor-e Davan",
#      "Mazar-i-Quillan", "Taskar province"; REGION by a word of the name or
#      a comment "Other provinces"), leaving out the country's own names
#      before the capital, spelling variants and long forms, a river and its
#      short form, an ordinary word, a given name, and marking a person's
#      surname ambiguous; the headers carry the MIT notice, the commit and
#      the date, the people and places files the CountryInfo (CC BY-SA 3.0)
#      note; --check passes on what was written and fails on an edited file;
#   2. on the real dictionaries in ../shared (skipped when absent, exit 77),
#      the committed gazetteers/phoenix-people.tsv, phoenix-orgs.tsv and
#      phoenix-places.tsv are exactly what the importer writes, have as many
#      fields as their header, and NEWSGRAPH (the first argument) loads them
#      with all other gazetteers and tags a Phoenix person, organisation and
#      place.
#
#   tests/tools/import_phoenix_ship_test.sh [PATH_TO_NEWSGRAPH]
# Exit status: 0 pass, 1 fail, 77 skip (python3 or ../shared missing).
# PYTHON overrides the interpreter (default: python3).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/import_phoenix_ship_test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
T=$'\t'

# ---------------------------------------------------------------- 1. fixtures
mkdir -p "$tmp/dict" "$tmp/known" "$tmp/corpus" "$tmp/out"
cat > "$tmp/dict/Phoenix.Countries.actors.txt" <<'EOF'
# Invented actors for newsgraph's test (not Phoenix rows).
ZEDLAND_  [QQA]
+ZEDLANDIA_
+ZEDLANDIAN_
+THE_PEARL_OF_QUILLS_
+ZEDVILLE_
+KOR-E_DAVAN_
+MAZAR-I-QUILLAN_
+HARBOUR_
+BRANDT_
+MIRA
+ZORN_RIVER_
+ZORN_
+ZEDLAND_CITY_
+ORVANIA # Other provinces, since they're reported often
+TASKAR_PROVINCE # disambig

ZORAN_VELKOVIC_  # CountryInfo.txt
+PRESIDENT_ZORAN_VELKOVIC_
	[QQAELI 600101-050101]
	[QQAGOV 050101-081231]
	[QQAGOVHLH 090101-101231]
MIRA_TABLE_  # CountryInfo.txt
	[QQAGOV >100601]
IVO_BRANDT_  # CountryInfo.txt
	[QQAGOV 030101-061231]
OLEK_PRASKOV_  # CountryInfo.txt
	[QQAELI 700101-900101]
KAREL_DUBNIK_  # CountryInfo.txt
	[QQAGOV 020101-041231]
QQA_NATIONAL_GUARD_
	[QQAMIL]
EOF
printf '%s\n' "ZORBLAX_WIDGETS_INC_${T}[MNCQQA]${T}# invented" "HARBOUR_${T}[NGO]" \
  "GLOBAL_QUILLFEATHER_ALLIANCE_(GQFA)_${T}[NGOHRI]" "BLUE_HERON_TRUST_${T}[NGOENV]" \
  "QUILL_LANTERN_WORKS_${T}[MNC]" > "$tmp/dict/Phoenix.International.actors.txt"
cat > "$tmp/dict/Phoenix.MilNonState.actors.txt" <<'EOF'
ZEDLAND_LIBERATION_FRONT_(ZLF)_ [QQAREB] # invented
+LA_ZORRA_
MAY_15_ [QQAREB]
EOF
printf 'REBEL [~REB]\nNATIONAL_GUARD [~MIL]\n' > "$tmp/dict/Phoenix.agents.txt"
printf '%s\n' "id${T}type${T}name${T}aliases${T}demonyms${T}capitals" \
  "country:QQA${T}COUNTRY${T}Zedland${T}${T}Zedlander${T}Zedville" > "$tmp/known/countries.tsv"
printf '%s\n' "id${T}type${T}name${T}aliases${T}acronyms${T}kind${T}country" \
  "org:blue-heron-trust${T}ORG${T}Blue Heron Trust${T}${T}${T}ngo${T}" > "$tmp/known/organisations.tsv"
printf '%s\n' "id${T}type${T}name${T}aliases${T}role${T}affiliation${T}start${T}end" \
  "person:karel-dubnik${T}PERSON${T}Karel Dubnik${T}${T}Prime Minister${T}country:QQA${T}2002${T}2004" \
  > "$tmp/known/people-test.tsv"
printf 'name\torigin\nZoran\tx\nMira\tx\nIvo\tx\nLena\tx\n' > "$tmp/given.tsv"
cat > "$tmp/corpus/a.txt" <<'EOF'
Lena Brandt put the table by the harbour .
The harbour was calm ; the harbour froze .
The quill and the lantern works . A quill , a lantern , it works . One quill , one lantern works .
EOF

run_fixture() {
  "$python" "$root/tools/import_phoenix.py" --ship --dict "$tmp/dict" --known "$tmp/known" \
    --given-names "$tmp/given.tsv" --corpus "$tmp/corpus" --out-dir "$tmp/out" --date 2000-01-01 "$@"
}
run_fixture 2>"$tmp/log" || { echo "FAIL: importer exited non-zero"; cat "$tmp/log"; exit 1; }

expected_people="id${T}type${T}name${T}aliases${T}shortforms${T}role${T}affiliation${T}start${T}end
phoenix:person-ivo-brandt${T}PERSON${T}Ivo Brandt${T}${T}${T}Government [GOV]${T}country:QQA${T}${T}
phoenix:person-mira-table${T}PERSON${T}Mira Table${T}${T}${T}Government [GOV]${T}country:QQA${T}${T}
phoenix:person-zoran-velkovic${T}PERSON${T}Zoran Velkovic${T}${T}${T}Government [GOV]${T}country:QQA${T}2005-01-01${T}2008-12-31
phoenix:person-zoran-velkovic${T}PERSON${T}Zoran Velkovic${T}${T}${T}Government, Health [GOVHLH]${T}country:QQA${T}2009-01-01${T}2010-12-31"
expected_orgs="id${T}type${T}name${T}aliases${T}acronyms${T}ambiguous${T}kind${T}country
phoenix:org-global-quillfeather-alliance${T}ORG${T}Global Quillfeather Alliance${T}${T}GQFA${T}${T}ngo${T}
phoenix:org-quill-lantern-works${T}ORG${T}Quill Lantern Works${T}${T}${T}Quill Lantern Works${T}company${T}
phoenix:org-zedland-liberation-front${T}ORG${T}Zedland Liberation Front${T}${T}ZLF${T}${T}armed-group${T}country:QQA
phoenix:org-zorblax-widgets${T}ORG${T}Zorblax Widgets${T}Zorblax Widgets Inc|Zorblax Widgets Incorporated${T}${T}${T}company${T}country:QQA"
expected_places="id${T}type${T}name${T}ambiguous${T}country${T}source${T}as_of
phoenix:place-brandt${T}CITY${T}Brandt${T}Brandt${T}country:QQA${T}Phoenix.Countries.actors.txt${T}2000-01-01
phoenix:place-kor-e-davan${T}CITY${T}Kor-e Davan${T}${T}country:QQA${T}Phoenix.Countries.actors.txt${T}2000-01-01
phoenix:place-mazar-i-quillan${T}CITY${T}Mazar-i-Quillan${T}${T}country:QQA${T}Phoenix.Countries.actors.txt${T}2000-01-01
phoenix:place-orvania${T}REGION${T}Orvania${T}${T}country:QQA${T}Phoenix.Countries.actors.txt${T}2000-01-01
phoenix:place-taskar-province${T}REGION${T}Taskar province${T}${T}country:QQA${T}Phoenix.Countries.actors.txt${T}2000-01-01"
for kind in people orgs places; do
  rows=$(grep -v '^#' "$tmp/out/phoenix-$kind.tsv")
  case $kind in people) want=$expected_people ;; orgs) want=$expected_orgs ;; *) want=$expected_places ;; esac
  if [ "$rows" != "$want" ]; then
    echo "FAIL: unexpected phoenix-$kind.tsv from the test dictionaries:"
    diff <(echo "$want") <(echo "$rows")
    fail=1
  fi
  for note in 'MIT License' 'Copyright (c) 2014 Open Event Data Alliance' 'THE SOFTWARE IS PROVIDED' \
              '676801cd9cb2924bbbad09f86d15c9323e7097bf' 'Generated 2000-01-01' \
              'tools/import_phoenix.py --ship' 'openeventdata/petrarch2'; do
    grep -qF "$note" <(grep '^#' "$tmp/out/phoenix-$kind.tsv") ||
      { echo "FAIL: phoenix-$kind.tsv header lacks '$note'"; fail=1; }
  done
done
for kind in people places; do
  for note in 'CountryInfo.140130' 'CC BY-SA 3.0' 'Philip A. Schrodt'; do
    grep -qF "$note" <(grep '^#' "$tmp/out/phoenix-$kind.tsv") ||
      { echo "FAIL: phoenix-$kind.tsv header lacks '$note'"; fail=1; }
  done
done
for count in 'person skipped: already in people-\*.tsv (name or alias): 1' \
             'person skipped: no dated office code (undated, or ELI periods only): 1' \
             'org skipped: already in organisations.tsv, companies.tsv, parties.tsv ... (name, alias or acronym): 1' \
             'org name dropped: a date (May 15): 1' 'org name dropped: one ordinary word: 1' \
             'wrote 3 people (4 role lines)' 'wrote 5 places' \
             'place name dropped: a river, lake, sea, mountain or landmark (or its short form): 2' \
             "place name dropped: a spelling variant, long form or part of the country's name: 4" \
             "place name dropped: before the capital or the last spelling variant (the country's own names): 1" \
             'place name dropped: ordinary English words: 1' 'place name dropped: a given name: 1' \
             'place name kept as ambiguous: also a surname'; do
  grep -q "$count" "$tmp/log" || { echo "FAIL: stderr lacks '$count'"; fail=1; }
done
run_fixture --check >/dev/null 2>&1 || { echo "FAIL: --check fails on what the importer wrote"; fail=1; }
sed -i 's/Zorblax Widgets Inc|/Zorblax Widgets Inc|Edited|/' "$tmp/out/phoenix-orgs.tsv"
if run_fixture --check >/dev/null 2>&1; then
  echo "FAIL: --check passes on an edited file"; fail=1
fi

# ---------------------------------------------------------------- 2. real data
if ! ls "$root/../shared/data/petrarch2-phoenix-dictionaries/"*.actors.txt >/dev/null 2>&1; then
  echo "SKIP: ../shared Phoenix dictionaries absent; committed files not checked"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
"$python" "$root/tools/import_phoenix.py" --ship --check || fail=1
for kind in people orgs places; do
  bad=$(awk -F'\t' '!/^#/ { if (!n) n = NF; else if (NF != n) print FILENAME ":" FNR }' \
        "$root/gazetteers/phoenix-$kind.tsv" | head -3)
  [ -z "$bad" ] || { echo "FAIL: lines with another number of fields than the header: $bad"; fail=1; }
done
bin=${1:-$root/build/newsgraph}
if [ -x "$bin" ]; then
  mkdir "$tmp/gaz" && cp "$root"/gazetteers/*.tsv "$tmp/gaz/"
  sentence='In 1979 Hafizullah Amin took power in Kabul, and the Abu Nidal Organization was active in Helmand.'
  if ! echo "$sentence" | "$bin" tag --gazetteers "$tmp/gaz" --no-relations - > "$tmp/tag.out" 2> "$tmp/tag.err"; then
    echo "FAIL: newsgraph does not load the gazetteers with the Phoenix files:"; cat "$tmp/tag.err"; fail=1
  else
    for id in phoenix:person-hafizullah-amin phoenix:org-abu-nidal-organization phoenix:place-helmand; do
      grep -q "\"id\":\"$id\"" "$tmp/tag.out" || { echo "FAIL: $id not tagged:"; cat "$tmp/tag.out"; fail=1; }
    done
  fi
else
  echo "note: $bin absent; loading not checked"
fi
[ $fail -eq 0 ] && echo "import_phoenix_ship: ok"
exit $fail
