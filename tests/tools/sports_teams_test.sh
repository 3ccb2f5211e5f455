#!/usr/bin/env bash
# Checks the hand-written gazetteers/sports-teams.tsv:
#   1. the file: every line has the header's field count; ids are unique and
#      start with org:team-; every entry is an ORG of kind `club` with a league,
#      a source and an as_of date; every name in `ambiguous` is a name of its
#      own line; no name (after case folding, dots, hyphens and accents) names
#      two teams; every county or state that names a cricket side alone is
#      ambiguous and is a place of places.tsv, which keeps its place meaning;
#   2. with the binary given as $1 (skipped when absent, exit 77): in a cricket
#      report a county alone is its team, while in other news the county is the
#      place and no team is tagged; a nickname is its team in a sports story
#      and nothing in other news.
#
#   tests/tools/sports_teams_test.sh [PATH_TO_NEWSGRAPH]
# Exit status: 0 pass, 1 fail, 77 skip (python3 or the binary missing).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: $python not found"; exit 77; }
fail=0

"$python" - "$root/gazetteers" <<'PY' || fail=1
import os, re, sys, unicodedata

gaz = sys.argv[1]

def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")
    return " ".join(s.lower().replace(".", "").replace("-", " ").split())

def rows(path):
    header = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        yield n, header, fields

errors = []
path = os.path.join(gaz, "sports-teams.tsv")
ids, owner, alone = set(), {}, {}
# Sheffield Shield states named alone (Victoria is also a capital, in countries.tsv).
STATES = ("New South Wales", "Queensland", "Tasmania", "South Australia", "Western Australia")
for n, header, f in rows(path):
    where = "sports-teams.tsv:%d" % n
    if len(f) != len(header):
        errors.append("%s: %d fields, header has %d" % (where, len(f), len(header)))
        continue
    d = dict(zip(header, f))
    if d["id"] in ids:
        errors.append("%s: id %s repeated" % (where, d["id"]))
    ids.add(d["id"])
    if not re.fullmatch(r"org:team-[a-z0-9-]+", d["id"]):
        errors.append("%s: bad id %s" % (where, d["id"]))
    if d["type"] != "ORG" or d["kind"] != "club" or not d["league"] or not d["source"] or \
            not re.fullmatch(r"\d{4}-\d\d-\d\d", d["as_of"]):
        errors.append("%s: needs type ORG, kind club, league, source and as_of" % where)
    names = [d["name"]] + [v for c in ("aliases", "acronyms") for v in d[c].split("|") if v]
    for v in d["ambiguous"].split("|"):
        if v and v not in names:
            errors.append("%s: ambiguous %r is not a name of the line" % (where, v))
    for v in names:
        other = owner.setdefault(norm(v), d["id"])
        if other != d["id"]:
            errors.append("%s: %r names both %s and %s" % (where, v, other, d["id"]))
    if d["league"] == "County Championship":
        alone[d["name"].replace(" County Cricket Club", "")] = d
    for state in STATES:
        if state in names:
            alone[state] = d

places = set()
for _, header, f in rows(os.path.join(gaz, "places.tsv")):
    p = dict(zip(header, f))
    places.update(v for v in [p["name"]] + p.get("aliases", "").split("|") if v)
if len(alone) != 18 + len(STATES):
    errors.append("sports-teams.tsv: %d counties and states name a cricket side alone, expected %d"
                  % (len(alone), 18 + len(STATES)))
for v, d in sorted(alone.items()):
    if v not in d["aliases"].split("|") or v not in d["ambiguous"].split("|"):
        errors.append("sports-teams.tsv: %s: %r must be an ambiguous alias" % (d["id"], v))
    if v not in places:
        errors.append("sports-teams.tsv: %r names a cricket side but is no place of places.tsv" % v)
for e in errors:
    print("FAIL: " + e)
print("sports-teams.tsv: %d entries, %d names" % (len(ids), len(owner)))
sys.exit(1 if errors else 0)
PY

binary=${1:-}
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
  echo "SKIP: no newsgraph binary given (tagger checks not run)"
  [ $fail -eq 0 ] && exit 77 || exit 1
fi

# tag TEXT: the ids the tagger finds in TEXT, one a line.
tag() {
  printf '%s\n' "$1" | "$binary" tag --gazetteers "$root/gazetteers" --rules "$root/rules" \
    --no-relations - | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}
# expect TEXT ID...: each ID is tagged; expect TEXT !ID: ID is not.
expect() {
  local text=$1 got
  shift
  got=$(tag "$text")
  for want in "$@"; do
    case $want in
      !*) if grep -qx -- "${want#!}" <<<"$got"; then
            echo "FAIL: ${want#!} tagged in: $text"; fail=1
          fi ;;
      *) if ! grep -qx -- "$want" <<<"$got"; then
           echo "FAIL: $want not tagged in: $text (got: $(echo $got))"; fail=1
         fi ;;
    esac
  done
}

cricket='Surrey beat Kent by six wickets. The bowler took five wickets and the batsman scored a century in the second innings.'
expect "$cricket" org:team-surrey-ccc org:team-kent-ccc '!region:kent'
expect 'Kent County Council said a factory in Kent closed.' region:kent '!org:team-kent-ccc'
expect 'Floods hit Yorkshire and Lancashire as heavy rain fell.' region:yorkshire \
  '!org:team-yorkshire-ccc' '!org:team-lancashire-ccc'
expect 'The Cubs beat the Mets 5-3 and the Yankees lost 2-1 to the Red Sox in the league.' \
  org:team-chicago-cubs org:team-new-york-mets org:team-new-york-yankees org:team-boston-red-sox
expect 'Lawmakers passed two Bills on Monday, and the Browns family moved to Texas.' \
  '!org:team-cleveland-browns' '!org:team-buffalo-bills'
expect 'The former Montreal Expos pitcher left the Houston Oilers.' org:team-washington-nationals \
  org:team-tennessee-titans

[ $fail -eq 0 ] && echo "PASS" || echo "FAILED"
exit $fail
