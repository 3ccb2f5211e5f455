#!/usr/bin/env bash
# End-to-end test of tools/import_uscongress.py:
#   1. on small files in the formats of unitedstates/congress-legislators
#      written here (invented people with user-assigned bioguide ids Z999xxx, not
#      rows of the real lists), the importer writes one PERSON line per role:
#      merged consecutive terms with their dates in served_from/served_to,
#      leadership posts, dated President and Vice President lines, the chamber
#      alone for historical members; takes the nickname form as name and the
#      official name as alias, reads quoted nicknames; keeps the Wikipedia
#      title and drops names a disambiguated title ("X (politician)") or a
#      title with a middle initial says others have; drops a name shared by two
#      19th-century members and a name of an organisation; keeps the suffix of
#      a Jr. whose official name has it; reuses the id of a person of the
#      people files and does not repeat his role; gives a namesake of a
#      President of the people files no executive line; a malformed YAML line
#      stops it with file and line;
#   2. on the real lists in ../shared (skipped when absent, exit 77), the
#      committed gazetteers/us-congress.tsv is exactly what the importer writes,
#      and the newsgraph binary (first argument, default build/newsgraph) loads
#      it with all other gazetteers and resolves "the US president" of 1985.
#
#   tests/tools/import_uscongress_test.sh [NEWSGRAPH]
# Exit status: 0 pass, 1 fail, 77 skip (python3 or ../shared missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
T=$'\t'

mkdir "$tmp/src" "$tmp/gaz"
cat > "$tmp/src/legislators-current.yaml" <<'YAML'
- id:
    bioguide: Z999001
    thomas: '09901'
    fec:
    - Z0ZZ00001
    wikipedia: Bernie Quillfeather
  name:
    first: Bernard
    last: Quillfeather
    nickname: Bernie
    official_full: Bernard Quillfeather
  bio:
    birthday: '1941-09-08'
    gender: M
  leadership_roles:
  - title: Senate Majority Leader
    chamber: senate
    start: '2021-01-20'
    end: '2025-01-03'
  - title: Senate Outreach Chair
    chamber: senate
    start: '2023-01-03'
  terms:
  - type: rep
    start: '1991-01-03'
    end: '1993-01-03'
    state: ZQ
    district: 0
    party: Independent
  - type: rep
    start: '1993-01-05'
    end: '2007-01-03'
    state: ZQ
    party: Independent
  - type: sen
    start: '2007-01-04'
    end: '2031-01-03'
    state: ZQ
    class: 1
    party: Independent
    party_affiliations:
    - start: '2007-01-04'
      end: '2031-01-03'
      party: Independent
    url: https://quillfeather.example
- id:
    bioguide: Z999002
    wikipedia: Rick Thornquist (politician)
  name:
    first: Eric
    middle: A.
    last: Thornquist
    official_full: Eric A. "Rick" Thornquist
  bio:
    birthday: '1966-01-03'
  terms:
  - type: rep
    start: '2011-01-05'
    end: '2013-01-03'
    state: ZR
    party: Republican
    fax: ~
YAML
cat > "$tmp/src/executive.yaml" <<'YAML'
- id:
    govtrack: 999101
  name:
    first: Ulrich
    middle: Bartholomew
    last: Zanetti
  bio:
    birthday: '1911-02-06'
  terms:
  - type: prez
    start: '1981-01-20'
    end: '1985-01-20'
    party: Republican
    how: election
  - type: prez
    start: '1985-01-20'
    end: '1989-01-20'
    party: Republican
    how: election
- id:
    bioguide: Z999016
  name:
    first: Cornelius
    last: Dabney
  terms:
  - type: viceprez
    start: '1981-01-20'
    end: '1989-01-20'
    party: Republican
    how: election
- id:
    govtrack: 999102
  name:
    first: Ezra
    last: Quill
  terms:
  - type: viceprez
    start: '1805-03-04'
    end: '1812-04-20'
    party: Democratic-Republican
    how: election
YAML
cat > "$tmp/src/legislators-historical.csv" <<'CSV'
last_name,first_name,middle_name,suffix,nickname,full_name,birthday,gender,type,state,district,senate_class,party,url,address,phone,contact_form,rss_url,twitter,twitter_id,facebook,youtube,youtube_id,mastodon,bioguide_id,thomas_id,opensecrets_id,lis_id,fec_ids,cspan_id,govtrack_id,votesmart_id,ballotpedia_id,washington_post_id,icpsr_id,wikipedia_id
Vexley,Jonah,Amos,,,,1801-05-02,M,rep,ZQ,3,,Whig,,,,,,,,,,,,Z999010,,,,,,,,,,,Jonah Vexley
Vexley,Jonah,,,,,1820-07-01,M,sen,ZR,,2,Democrat,,,,,,,,,,,,Z999011,,,,,,,,,,,Jonah Vexley (senator)
Wrenfield,Thaddeus,Percival,,,,1930-03-04,M,rep,ZQ,1,,Democrat,,,,,,,,,,,,Z999012,,,,,,,,,,,Thaddeus P. Wrenfield
Quill,Zora,,,,,1950-04-05,F,sen,ZR,,1,Republican,,,,,,,,,,,,Z999013,,,,,,,,,,,Zora Quill
Grant,Harbor,Lee,,,,1960-01-01,M,rep,ZQ,2,,Republican,,,,,,,,,,,,Z999014,,,,,,,,,,,Harbor Grant
Fenwick,Jasper,L.,Jr.,,Jasper L. Fenwick Jr.,1965-06-07,M,rep,ZR,4,,Democrat,,,,,,,,,,,,Z999015,,,,,,,,,,,Jasper Fenwick Jr.
Dabney,Cornelius,,,,,1940-08-09,M,rep,ZQ,5,,Republican,,,,,,,,,,,,Z999016,,,,,,,,,,,Cornelius Dabney
CSV
printf 'id\ttype\tname\taliases\tacronyms\tdemonyms\tcapitals\tambiguous\n%s\n' \
  "country:USA${T}COUNTRY${T}United States${T}${T}US${T}American${T}Washington${T}" > "$tmp/gaz/countries.tsv"
printf 'id\ttype\tname\taliases\tacronyms\tkind\tparent\tcountry\tambiguous\n%s\n%s\n%s\n' \
  "org:us-senate${T}ORG${T}United States Senate${T}US Senate${T}${T}government${T}${T}country:USA${T}" \
  "org:us-house${T}ORG${T}United States House of Representatives${T}${T}${T}government${T}${T}country:USA${T}" \
  "org:harbor-grant${T}ORG${T}Harbor Grant${T}${T}${T}ngo${T}${T}country:USA${T}" > "$tmp/gaz/organisations.tsv"
printf 'id\ttype\tname\taliases\trole\taffiliation\tstart\tend\n%s\n' \
  "person:zora-quill${T}PERSON${T}Zora Quill${T}Zora Q. Quill${T}President${T}country:USA${T}2001-01-20${T}2009-01-20" \
  > "$tmp/gaz/people-test.tsv"

"$python" "$root/tools/import_uscongress.py" --source "$tmp/src" --gazetteers "$tmp/gaz" \
  --date 2000-01-01 -o "$tmp/out.tsv" 2>"$tmp/log" \
  || { echo "FAIL: importer exited non-zero"; cat "$tmp/log"; exit 1; }
rows=$(grep -v '^#' "$tmp/out.tsv")
expected="id${T}type${T}name${T}aliases${T}role${T}affiliation${T}start${T}end${T}served_from${T}served_to${T}party${T}state
person:us-ezra-quill${T}PERSON${T}Ezra Quill${T}${T}${T}${T}${T}${T}${T}${T}${T}
person:us-ulrich-zanetti${T}PERSON${T}Ulrich Zanetti${T}Ulrich B. Zanetti|Ulrich Bartholomew Zanetti${T}President${T}country:USA${T}1981-01-20${T}1989-01-20${T}${T}${T}Republican${T}
person:us-z999001${T}PERSON${T}Bernie Quillfeather${T}Bernard Quillfeather${T}Member of the House${T}org:us-house${T}${T}${T}1991-01-03${T}2007-01-03${T}Independent${T}ZQ
person:us-z999001${T}PERSON${T}Bernie Quillfeather${T}${T}Senator${T}org:us-senate${T}${T}${T}2007-01-04${T}${T}Independent${T}ZQ
person:us-z999001${T}PERSON${T}Bernie Quillfeather${T}${T}Senate Majority Leader${T}org:us-senate${T}${T}${T}2021-01-20${T}2025-01-03${T}${T}
person:us-z999002${T}PERSON${T}Eric A. Thornquist${T}${T}Member of the House${T}org:us-house${T}${T}${T}2011-01-05${T}2013-01-03${T}Republican${T}ZR
person:us-z999010${T}PERSON${T}Jonah Amos Vexley${T}${T}Member of the House${T}org:us-house${T}${T}${T}${T}${T}Whig${T}ZQ
person:us-z999012${T}PERSON${T}Thaddeus P. Wrenfield${T}Thaddeus Percival Wrenfield${T}Member of the House${T}org:us-house${T}${T}${T}${T}${T}Democrat${T}ZQ
person:us-z999014${T}PERSON${T}Harbor Lee Grant${T}${T}Member of the House${T}org:us-house${T}${T}${T}${T}${T}Republican${T}ZQ
person:us-z999015${T}PERSON${T}Jasper Fenwick Jr.${T}Jasper L. Fenwick Jr.${T}Member of the House${T}org:us-house${T}${T}${T}${T}${T}Democrat${T}ZR
person:us-z999016${T}PERSON${T}Cornelius Dabney${T}${T}Member of the House${T}org:us-house${T}${T}${T}${T}${T}Republican${T}ZQ
person:us-z999016${T}PERSON${T}Cornelius Dabney${T}${T}Vice President${T}country:USA${T}1981-01-20${T}1989-01-20${T}${T}${T}Republican${T}
person:zora-quill${T}PERSON${T}Zora Quill${T}${T}Senator${T}org:us-senate${T}${T}${T}${T}${T}Republican${T}ZR"
if [ "$rows" != "$expected" ]; then
  echo "FAIL: unexpected lines from the test files:"
  diff <(echo "$expected") <(echo "$rows")
  fail=1
fi
for note in 'CC0' 'dfa9622263dd4c8d08636926e498f1845704d7eb' 'congress-legislators' \
            'Generated 2000-01-01' 'tools/import_uscongress.py'; do
  grep -q "^#.*$note" "$tmp/out.tsv" || { echo "FAIL: header lacks '$note'"; fail=1; }
done
for count in 'id reused from the people files: 1' \
             'role left out: the people files give it: 0' \
             'role left out: executive role of a President'"'"'s namesake: 1' \
             'person left out: no name left (19th-century member): 1' \
             'name dropped: a namesake is better known (Wikipedia title disambiguated): 2' \
             'name dropped: names another entry of the gazetteers (org): 1'; do
  case $count in *': 0') grep -q "${count%: 0}" "$tmp/log" && { echo "FAIL: log has '${count%: 0}'"; fail=1; } ;;
                 *) grep -qF "$count" "$tmp/log" || { echo "FAIL: log lacks '$count'"; fail=1; } ;; esac
done
bad=$(awk -F'\t' '!/^#/ && NF != 12' "$tmp/out.tsv")
[ -z "$bad" ] || { echo "FAIL: lines without 12 fields: $bad"; fail=1; }

# A line the YAML subset does not know stops the importer with file and line.
cp -r "$tmp/src" "$tmp/bad"
printf -- '- id:\n    bioguide: Z999099\n  name: [Odd, Flow]\n  oops\n' > "$tmp/bad/executive.yaml"
if "$python" "$root/tools/import_uscongress.py" --source "$tmp/bad" --gazetteers "$tmp/gaz" \
     -o "$tmp/bad.tsv" 2>"$tmp/bad.log"; then
  echo "FAIL: a malformed executive.yaml was accepted"; fail=1
elif ! grep -q 'executive.yaml:4' "$tmp/bad.log"; then
  echo "FAIL: the error does not name executive.yaml:4:"; cat "$tmp/bad.log"; fail=1
fi

if [ ! -f "$root/../shared/data/gazetteer-sources/us-congress/legislators-historical.csv" ]; then
  echo "SKIP: ../shared US Congress lists absent; committed file not checked"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
"$python" "$root/tools/import_uscongress.py" --check || fail=1
bad=$(awk -F'\t' '!/^#/ && NF != 12' "$root/gazetteers/us-congress.tsv" | head -3)
[ -z "$bad" ] || { echo "FAIL: gazetteers/us-congress.tsv lines without 12 fields: $bad"; fail=1; }
bin=${1:-$root/build/newsgraph}
if [ -x "$bin" ]; then
  mkdir "$tmp/all" && cp "$root"/gazetteers/*.tsv "$tmp/all/"
  if ! echo 'Senator Bernie Sanders said the US president would veto it.' |
       "$bin" tag --gazetteers "$tmp/all" --rules "$root/rules" --no-relations --date 1985-05-01 - \
       > "$tmp/tag.out" 2> "$tmp/tag.err"; then
    echo "FAIL: newsgraph does not load the gazetteers with us-congress.tsv:"; cat "$tmp/tag.err"; fail=1
  else
    for id in person:us-s000033 person:us-ronald-reagan; do
      grep -q "\"id\":\"$id\"" "$tmp/tag.out" || { echo "FAIL: $id not tagged:"; cat "$tmp/tag.out"; fail=1; }
    done
  fi
else
  echo "note: $bin absent; loading not checked"
fi
[ $fail -eq 0 ] && echo "import_uscongress: ok"
exit $fail
