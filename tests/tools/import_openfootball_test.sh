#!/usr/bin/env bash
# End-to-end test of tools/import_openfootball.py:
#   1. on small club lists in the openfootball format written here (invented
#      clubs of invented countries QQA/QQB, and one of England, not rows of
#      openfootball/clubs), the importer writes one ORG line per club with kind
#      `club` and its country (England -> country:GBR); takes the name without
#      "FC" when the list gives that form ("Zedville Rovers"), else an "[en]"
#      name ("Green White Quillstadt"); skips reserve teams ("ii)"), postal
#      addresses, comments and clubs gone ("(1880-1901)"); drops table forms
#      ("Zedville R."), country and person names, ordinary words ("Kettle"),
#      name particles ("Van") and names shared by two clubs ("Dynamo"), but
#      leaves a shared name to the club whose own name it is ("Zedville
#      Rovers"); adds "United" beside "Utd"; lists town, district, one-word,
#      first-words and three-letter names as ambiguous; adds the country to ids
#      two clubs would share (org:club-norby-qqa/-qqb);
#   2. on the real lists in ../shared (skipped when absent, exit 77), the
#      committed gazetteers/clubs.tsv is exactly what the importer writes, and
#      the newsgraph binary (argument 1, else build/newsgraph; when present)
#      loads it with all other gazetteers and tags a club.
#
#   tests/tools/import_openfootball_test.sh [PATH_TO_NEWSGRAPH]
# Exit status: 0 pass, 1 fail, 77 skip (python3 or ../shared missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

mkdir -p "$tmp/src/europe/zedland" "$tmp/src/europe/heronia" "$tmp/src/europe/england" "$tmp/corpus"
cat > "$tmp/src/europe/zedland/qa.clubs.txt" <<'TXT'
====================
= Zedland

#  note: invented clubs for the importer's test

== Northfold ==

Zedville Rovers FC, 1901, @ Rover Park, Zedville (Oldtown) › Northfold   ## founded by dockers
  | Zedville Rovers | Zedville R. | Rovers FC Zedville
  | Zedville Rovers Football Club   # full name
  | Zedville | ZRFC
ii) Zedville Rovers II
  | Zedville Rovers Reserves
 Dock Street 5 // 1234 Zedville

Grün Weiß Quillstadt,  Quillstadt
  | Quillstadt | GW Quillstadt | Green White Quillstadt [en]
  | Quillstadt Utd | Kettle | GWQ

Old Zed AFC (1880-1901),  Zedville
  | Old Zed

Nørby IF, Nørby
  | Nørby | Heronia | Dynamo | Tern Harbour | Van
TXT
cat > "$tmp/src/europe/heronia/qb.clubs.txt" <<'TXT'
= Heronia

Norby FC,  1950,   Hagen (Westside)
  | Norby | Dynamo | Tern Harbour City | Westside
  | Anna Quill

Quillstadt Harbour, Portmere
  | Quillstadt | Harbour Lanterns | Portmere Lanterns

Zedville Rovers Heronia,  Hagen
  | Zedville Rovers | ZR Heronia

Ironside Foundry United FC,   Castlebrook
  | Ironside Foundry | Ironside | Ironside Foundry United
TXT
cat > "$tmp/src/europe/england/eng.clubs.txt" <<'TXT'
= England

Bexley Marsh Athletic FC,  Bexley Marsh
  | Bexley Marsh Athletic | Marsh | BMA
TXT
printf 'id\ttype\tname\taliases\tacronyms\tdemonyms\tcapitals\tambiguous\n%s\n%s\n%s\n' \
  "$(printf 'country:QQA\tCOUNTRY\tZedland\t\t\tZedlander\tZedport\t')" \
  "$(printf 'country:QQB\tCOUNTRY\tHeronia\t\t\tHeronian\tHeron City\t')" \
  "$(printf 'country:GBR\tCOUNTRY\tTestland\t\t\t\t\t')" > "$tmp/countries.tsv"
printf 'id\ttype\tname\taliases\tambiguous\tcountry\n%s\n' \
  "$(printf 'city:hagen\tCITY\tHagen\t\t\tcountry:QQB')" > "$tmp/places.tsv"
printf 'id\ttype\tname\taliases\tacronyms\tkind\tparent\tcountry\tambiguous\n%s\n' \
  "$(printf 'org:zrfc\tORG\tZed Rail Freight Company\t\tZRFC\tcompany\t\tcountry:QQA\t')" > "$tmp/orgs.tsv"
printf 'id\ttype\tname\taliases\trole\taffiliation\tstart\tend\n%s\n' \
  "$(printf 'person:anna-quill\tPERSON\tAnna Quill\t\tMinister\tcountry:QQB\t2001\t')" > "$tmp/people.tsv"
printf 'name\torigin\nAnna\ttest\n' > "$tmp/given.tsv"
printf 'kind\tword\tnote\nparticle\tvan\t\n' > "$tmp/lexicon.tsv"
echo 'The kettle was on. A kettle, a green kettle and a white kettle. He put the kettle down near
the marsh. Fans of Green and White cheered.' > "$tmp/corpus/a.txt"

"$python" "$root/tools/import_openfootball.py" --input "$tmp/src" --organisations "$tmp/orgs.tsv" \
  --countries "$tmp/countries.tsv" --places "$tmp/places.tsv" --people "$tmp/people.tsv" \
  --given-names "$tmp/given.tsv" --lexicon "$tmp/lexicon.tsv" --corpus "$tmp/corpus" \
  --date 2000-01-01 -o "$tmp/out.tsv" 2>"$tmp/log" \
  || { echo "FAIL: importer exited non-zero"; cat "$tmp/log"; exit 1; }
rows=$(grep -v '^#' "$tmp/out.tsv")
T=$'\t'
expected="id${T}type${T}name${T}aliases${T}acronyms${T}ambiguous${T}kind${T}country
org:club-bexley-marsh-athletic${T}ORG${T}Bexley Marsh Athletic${T}Bexley Marsh Athletic FC|Marsh${T}BMA${T}Marsh|BMA${T}club${T}country:GBR
org:club-green-white-quillstadt${T}ORG${T}Green White Quillstadt${T}Grün Weiß Quillstadt|GW Quillstadt|Quillstadt Utd|Quillstadt United${T}GWQ${T}GWQ${T}club${T}country:QQA
org:club-ironside-foundry-united${T}ORG${T}Ironside Foundry United${T}Ironside Foundry United FC|Ironside Foundry|Ironside${T}${T}Ironside Foundry|Ironside${T}club${T}country:QQB
org:club-norby-qqa${T}ORG${T}Nørby${T}Nørby IF|Tern Harbour${T}${T}Nørby${T}club${T}country:QQA
org:club-norby-qqb${T}ORG${T}Norby${T}Norby FC|Tern Harbour City|Westside${T}${T}Norby|Westside${T}club${T}country:QQB
org:club-quillstadt-harbour${T}ORG${T}Quillstadt Harbour${T}Harbour Lanterns|Portmere Lanterns${T}${T}${T}club${T}country:QQB
org:club-zedville-rovers${T}ORG${T}Zedville Rovers${T}Zedville Rovers FC|Rovers FC Zedville|Zedville Rovers Football Club|Zedville${T}ZRFC${T}Zedville|ZRFC${T}club${T}country:QQA
org:club-zedville-rovers-heronia${T}ORG${T}Zedville Rovers Heronia${T}ZR Heronia${T}${T}${T}club${T}country:QQB"
if [ "$rows" != "$expected" ]; then
  echo "FAIL: unexpected lines from the test lists:"
  diff <(echo "$expected") <(echo "$rows")
  fail=1
fi
for note in 'CC0' 'openfootball/clubs' 'ae3800227c449447b3a337fc0aac79a8f02f4c8b' 'Generated 2000-01-01' \
            'tools/import_openfootball.py'; do
  grep -q "^#.*$note" "$tmp/out.tsv" || { echo "FAIL: header lacks '$note'"; fail=1; }
done
for count in 'clubs left out: gone (years in brackets): 1' 'reserve teams left out: 1' \
             'shared names kept for the club whose own name it is: 1'; do
  grep -qF "$count" "$tmp/log" || { echo "FAIL: the log lacks '$count'"; cat "$tmp/log"; fail=1; }
done
bad=$(awk -F'\t' '!/^#/ && NF != 8' "$tmp/out.tsv")
[ -z "$bad" ] || { echo "FAIL: lines without 8 fields: $bad"; fail=1; }

if [ ! -d "$root/../shared/data/gazetteer-sources/openfootball-clubs" ]; then
  echo "SKIP: ../shared openfootball club lists absent; committed file not checked"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
"$python" "$root/tools/import_openfootball.py" --check || fail=1
bad=$(awk -F'\t' '!/^#/ && NF != 8' "$root/gazetteers/clubs.tsv" | head -3)
[ -z "$bad" ] || { echo "FAIL: gazetteers/clubs.tsv lines without 8 fields: $bad"; fail=1; }
bin=${1:-$root/build/newsgraph}
if [ -x "$bin" ]; then
  mkdir "$tmp/gaz" && cp "$root"/gazetteers/*.tsv "$tmp/gaz/"
  if ! echo 'Manchester United beat Real Madrid in the Champions League final.' |
       "$bin" tag --gazetteers "$tmp/gaz" - > "$tmp/tag.out" 2> "$tmp/tag.err"; then
    echo "FAIL: newsgraph does not load the gazetteers with clubs.tsv:"; cat "$tmp/tag.err"; fail=1
  elif ! grep -q '"id":"org:club-manchester-united"' "$tmp/tag.out"; then
    echo "FAIL: no club tagged in the test sentence:"; cat "$tmp/tag.out"; fail=1
  fi
else
  echo "note: $bin absent; loading not checked"
fi
[ $fail -eq 0 ] && echo "import_openfootball: ok"
exit $fail
