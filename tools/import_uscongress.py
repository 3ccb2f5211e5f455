#!/usr/bin/env python3
"""Turns the unitedstates/congress-legislators lists into newsgraph's US Congress gazetteer.

    tools/import_uscongress.py [--source DIR] [--gazetteers DIR] [-o gazetteers/us-congress.tsv]
                               [--date YYYY-MM-DD]
    tools/import_uscongress.py --check   # the committed file is what the importer writes

Reads legislators-current.yaml, executive.yaml and legislators-historical.csv
(unitedstates/congress-legislators, CC0 1.0) from
../shared/data/gazetteer-sources/us-congress and writes PERSON lines for the
members of Congress since 1789 and the Presidents and Vice Presidents. The YAML
files are read by a small parser of the block subset they use (lists and
mappings by indentation, one-line plain or quoted scalars): standard library only.

Lines: one per role, so one id may have several lines.
  executive   "President" / "Vice President", affiliation country:USA, with
              `start` and `end` (consecutive terms merged): "the US president"
              in a story of 1985 is Ronald Reagan.
  current     "Senator" / "Member of the House" (affiliation org:us-senate /
  members     org:us-house), one line per run of consecutive terms in one
              chamber, and the leadership posts of LEADERSHIP the same way; their
              dates go to the attribute columns `served_from` / `served_to`, not
              to start/end: the tagger takes a bare capitalised word for the
              surname of the one person holding a dated role on the story's
              date, and with 535 legislators that is "Blackburn" (the football
              club) for Marsha Blackburn, "Collins" (any Collins) for Susan
              Collins, "Case design" for Ed Case.
  historical  one line with the chamber of the last term (the CSV has no terms).
The House title is "Member of the House", not "Representative": the tagger
resolves "Secretary Rice", "Governor X", "Judge X" to the one gazetteer person
of that surname whose role title contains "Representative", "Secretary",
"Governor" ... (one category of titles), and ten thousand Representatives
would take "Secretary Rice" from Condoleezza Rice (Tom Rice, Kathleen Rice)
and give "Mayor Anthony" to a Representative Anthony.
An end after SNAPSHOT (the data's date) is left empty: still in office. `party`
and `state` are attributes; the tagger ignores them. A President or Vice
President whose surname is that of a President in the people files (George
Clinton, George H. W. Bush) gets no executive line: the tagger resolves
"President Clinton" to the one person of that surname with a presidential title
whatever the date, and would find two.

Ids: a member who is a person of gazetteers/people-*.tsv serving the USA (same
name; the member matching that person's names best) keeps that id, so the lines
merge into one entity (Joe Biden gets his Senator line); a role that person has
already is not repeated. Otherwise `person:us-<bioguide id>`, or
`person:us-<name slug>` for the Presidents who never sat in Congress.

Names, as news writes them: the nickname form ("Bernie Sanders", "Rick
Crawford" from 'Eric A. "Rick" Crawford'), the official name, the first and
last name, the middle names as initials ("John F. Kennedy") or spelled out, the
middle and last name when the first name is an initial ("Todd Akin" for W. Todd
Akin). When the official name carries a suffix (Jr., III) every form does, so
"Jesse L. Jackson Jr." is never "Jesse Jackson". Never one word.

Which names are kept (precision first: a name is linked to an id):
  1. Wikipedia title. Wikipedia titles an article with the plain name when the
     person is the main one known by it, and adds a middle initial ("John H.
     Terry") or a disambiguator ("Paul Simon (politician)") when someone else
     is better known. So a member keeps his title (added when it is none of
     his forms), never a name equal to a disambiguated title, and of his other
     forms only the official, nickname and spelled-out full names (plus the
     first and last name for the executive): "Michael Simpson" for Mike
     Simpson, "Margaret Hassan" for Maggie Hassan are other people in news.
  2. A name of a country, place, organisation, party or of another person of
     the gazetteers is dropped.
  3. A name several members share goes to the one known by it (nickname,
     official name, title, or first and last name when he has no middle name)
     against forms derived by dropping a middle name or a suffix ("Franklin
     D. Roosevelt" is the President, not Franklin D. Roosevelt Jr.);
     otherwise nobody keeps it.
  4. 19th-century members (born before OLD_BORN, so elected before about
     1900; a member without a birthday takes that of the row before, as the
     CSV lists members in order of first service; Presidents and Vice
     Presidents excepted) lose every name another member also has.
  5. A common name (two words, a given name at least COMMON_GIVEN times and a
     surname at least COMMON_SURNAME times among all members: "John Smith") is
     dropped, unless it is the undisambiguated Wikipedia title of a member
     born in 1900 or later ("John Edwards", "Mike Johnson").
A member left without a name is not written. Counts go to stderr.
"""
import argparse
import collections
import csv
import datetime
import glob
import os
import re
import sys
import unicodedata

from generated_file import (add_output_args, header_date, print_counts, read_tsv, reads_gazetteer, values,
                            write_or_check)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GAZ = os.path.join(ROOT, "gazetteers")
SOURCE_DIR = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources", "us-congress")
COMMIT = "dfa9622263dd4c8d08636926e498f1845704d7eb"
SNAPSHOT = "2026-06-15"  # date of the source commit; later ends mean "still in office"
OLD_BORN = 1850
COMMON_GIVEN = 25
COMMON_SURNAME = 15
MERGE_GAP_DAYS = 60  # terms of one role this close are one span
OWN_FILE = "us-congress.tsv"

CHAMBER = {"sen": ("Senator", "org:us-senate"), "rep": ("Member of the House", "org:us-house")}
EXECUTIVE = {"prez": ("President", "country:USA"), "viceprez": ("Vice President", "country:USA")}
LEADERSHIP = {
    "Speaker of the House": "org:us-house",
    "House Majority Leader": "org:us-house",
    "House Minority Leader": "org:us-house",
    "House Majority Whip": "org:us-house",
    "House Minority Whip": "org:us-house",
    "Senate Majority Leader": "org:us-senate",
    "Senate Minority Leader": "org:us-senate",
    "Senate Majority Whip": "org:us-senate",
    "Senate Minority Whip": "org:us-senate",
}
SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV", "V"}
SUFFIX_KEYS = {"jr", "sr", "ii", "iii", "iv", "v"}


# --- YAML subset ---------------------------------------------------------------------------

def _scalar(text):
    """A one-line plain, 'single' or "double" quoted scalar; ~, null and empty are None."""
    text = text.strip()
    if text in ("", "~", "null"):
        return None
    if len(text) > 1 and text[0] == "'" and text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return text


def parse_yaml(text, where="yaml"):
    """The block YAML that PyYAML writes, as nested lists, dicts and str scalars.

    Supported: `- ` list items (at the indentation of their parent key or deeper),
    `key: value`, `key:` followed by a nested block, one-line scalars, comment
    lines. Anything else raises ValueError naming the line."""
    lines = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.lstrip(" ")
        if body.startswith("\t"):
            raise ValueError(f"{where}:{n}: tab in indentation")
        lines.append([len(raw) - len(body), body.rstrip(), n])
    key_re = re.compile(r"([A-Za-z0-9_-]+):(?: (.*))?$")

    def is_item(i):
        return lines[i][1] == "-" or lines[i][1].startswith("- ")

    def block(i, indent):
        return sequence(i, indent) if is_item(i) else mapping(i, indent)

    def sequence(i, indent):
        out = []
        while i < len(lines) and lines[i][0] == indent and is_item(i):
            rest = lines[i][1][1:].lstrip(" ")
            if key_re.match(rest):  # "- key: v" opens a mapping at the column of "key"
                lines[i][0] = indent + len(lines[i][1]) - len(rest)
                lines[i][1] = rest
                item, i = mapping(i, lines[i][0])
            elif rest:
                item, i = _scalar(rest), i + 1
            elif i + 1 < len(lines) and lines[i + 1][0] > indent:
                item, i = block(i + 1, lines[i + 1][0])
            else:
                item, i = None, i + 1
            out.append(item)
        return out, i

    def mapping(i, indent):
        out = {}
        while i < len(lines) and lines[i][0] == indent and not is_item(i):
            m = key_re.match(lines[i][1])
            if not m:
                raise ValueError(f"{where}:{lines[i][2]}: expected 'key: value'")
            key, value = m.group(1), m.group(2)
            if key in out:
                raise ValueError(f"{where}:{lines[i][2]}: key '{key}' twice")
            i += 1
            if value is not None and value.strip():
                out[key] = _scalar(value)
            elif i < len(lines) and (lines[i][0] > indent or (lines[i][0] == indent and is_item(i))):
                out[key], i = block(i, lines[i][0])
            else:
                out[key] = None
        if i < len(lines) and lines[i][0] > indent:
            raise ValueError(f"{where}:{lines[i][2]}: unexpected indentation")
        return out, i

    if not lines:
        return None
    value, i = block(0, lines[0][0])
    if i != len(lines):
        raise ValueError(f"{where}:{lines[i][2]}: unexpected line")
    return value


# --- names ---------------------------------------------------------------------------------

def fold(name):
    """The key two names share when the tagger would treat them alike."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace(".", "").replace("-", " ").replace(",", " ")
    return " ".join(s.lower().split())


def slug(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def is_initial(word):
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def initials(middle):
    """"Herbert Walker" -> ["H. W.", "H.W."]; "E." -> ["E."]; particles ("de") left out."""
    parts = [w if is_initial(w) else w[0] + "." for w in middle.split() if w[:1].isupper()]
    out = [" ".join(parts)]
    if len(parts) > 1:
        out.append("".join(parts))
    return out


def name_words(name):
    """Folded words of a name without a trailing suffix ("Jr.", "III")."""
    words = fold(name).split()
    if len(words) > 2 and words[-1] in SUFFIX_KEYS:
        words = words[:-1]
    return words


def surname_key(name):
    words = name_words(name)
    return words[-1] if words else ""


def name_forms(first, middle, last, suffix, nickname, official):
    """Ordered (name, strength, kind) forms of one person.

    kind: "nickname" ("Bernie Sanders"), "official" (the official or full name the data
    gives), "plain" (first and last name), "initials" (middle names as initials: "John F.
    Kennedy"), "full" (middle names spelled out). strength: 2 for a name the person is
    known by (nickname, official, plain when there is no middle name), 1 for a form
    derived from the full name, 0 for such a form without the suffix of a Jr. or III whose
    official name does not settle it. Quoted or bracketed nicknames ('Eric A. "Rick"
    Crawford', "Charles (Chuck) Marion") and suffixes in the middle name are taken apart."""
    suffix, nickname = (suffix or "").strip(), (nickname or "").strip()
    parts = []
    for i, part in enumerate((first, middle, last, official)):
        part = " ".join((part or "").split())
        for m in re.finditer(r'"([^"]+)"|\(([^)]+)\)', part):
            nickname = nickname or m.group(1) or m.group(2)
        words = re.sub(r'"[^"]*"|\([^)]*\)', " ", part).replace(",", " ").split()
        if i < 3 and len(words) > 1 and words[-1] in SUFFIXES:  # middle name "John, Jr."
            suffix = suffix or words[-1]
            words = words[:-1]
        parts.append(" ".join(words))
    first, middle, last, official = parts
    if official and official.split()[-1] in SUFFIXES:
        suffix = suffix or official.split()[-1]
    suffix_always = bool(suffix) and bool(official) and official.split()[-1] == suffix
    two_given = len(first.split()) > 1 and not middle
    if two_given:  # "James David" Vance: no "James Vance"
        first, middle = first.split()[0], " ".join(first.split()[1:])
    given = middle.split()[0] if is_initial(first) and middle else first  # W. Todd Akin: Todd
    forms = []
    if nickname and nickname != first and re.fullmatch(r"[A-Z][A-Za-z.'\u2019-]+", nickname):
        forms.append((f"{nickname} {last}", 2, "nickname"))
    if official:
        forms.append((official, 2, "official"))
    own = {f for f, _, _ in forms}  # may start with initials ("J.D. Vance")
    if not two_given:
        forms.append((f"{given} {last}", 2 if not middle or given != first else 1, "plain"))
    if middle and not is_initial(first):
        for ini in initials(middle):
            forms.append((f"{first} {ini} {last}", 1, "initials"))
        if not all(is_initial(w) for w in middle.split()):
            forms.append((f"{first} {middle} {last}", 1, "full"))
    elif middle:
        forms.append((f"{first} {middle} {last}", 2, "full"))
    out, seen = [], set()
    for name, strength, kind in forms:
        name = " ".join(name.split())
        variants = [(name, strength)]
        if suffix and not name.endswith(" " + suffix):
            variants = [(f"{name} {suffix}", strength)]
            if not suffix_always:
                variants.insert(0, (name, strength if kind == "nickname" else 0))
        for v, st in variants:
            words = v.split()
            if len(words) < 2 or (is_initial(words[0]) and len(words) < 3 and name not in own):
                continue
            if fold(v) not in seen:
                seen.add(fold(v))
                out.append((v, st, kind))
    return out


# --- reading the sources ---------------------------------------------------------------------

class Person:
    def __init__(self, key, bioguide, forms, born, source, wikipedia):
        self.key = key
        self.bioguide = bioguide
        self.forms = forms          # [(name, strength, kind)], see name_forms
        self.born = born            # year or None
        self.source = source        # "current", "historical" or "executive"
        self.wikipedia = wikipedia  # English Wikipedia title, or ""
        self.roles = []             # (title, affiliation, start, end, party, state)
        self.executive = source == "executive"
        self.reuse = None           # id of the people files this person keeps


def days(date):
    return datetime.date.fromisoformat(date).toordinal()


def merge_terms(terms):
    """Terms (title, affiliation, start, end, party, state) -> spans: terms of one title
    less than MERGE_GAP_DAYS apart are joined, their parties and states listed in order."""
    spans = []
    for t in sorted(terms, key=lambda t: (t[2], t[0])):
        last = next((s for s in reversed(spans) if s[0] == t[0] and s[1] == t[1]), None)
        if last is not None and days(t[2]) - days(last[3]) <= MERGE_GAP_DAYS:
            last[3] = max(last[3], t[3])
            for k, v in ((4, t[4]), (5, t[5])):
                if v and v not in last[k]:
                    last[k].append(v)
        else:
            spans.append([t[0], t[1], t[2], t[3], [t[4]] if t[4] else [], [t[5]] if t[5] else []])
    return [(title, aff, start, "" if end > SNAPSHOT else end, "|".join(parties), "|".join(states))
            for title, aff, start, end, parties, states in spans]


def year(date):
    return int(date[:4]) if date and date[:4].isdigit() else None


def read_yaml_people(path, source, stats):
    with open(path, encoding="utf-8") as f:
        data = parse_yaml(f.read(), os.path.basename(path))
    people = []
    for rec in data:
        ids, name, bio = rec.get("id") or {}, rec.get("name") or {}, rec.get("bio") or {}
        bioguide = ids.get("bioguide")
        key = bioguide or "govtrack-" + str(ids.get("govtrack"))
        forms = name_forms(name.get("first"), name.get("middle"), name.get("last"), name.get("suffix"),
                           name.get("nickname"), name.get("official_full"))
        p = Person(key, bioguide, forms, year(bio.get("birthday")), source, ids.get("wikipedia") or "")
        terms = []
        for t in rec.get("terms") or []:
            kind = CHAMBER.get(t.get("type")) or EXECUTIVE.get(t.get("type"))
            if kind is None or not t.get("start") or not t.get("end"):
                stats["terms skipped: unknown type or no dates"] += 1
                continue
            party = (t.get("party") or "").replace("no party", "")
            terms.append((kind[0], kind[1], t["start"], t["end"], party, t.get("state") or ""))
        for r in rec.get("leadership_roles") or []:
            aff = LEADERSHIP.get(r.get("title"))
            if aff and r.get("start"):
                terms.append((r["title"], aff, r["start"], r.get("end") or "9999-12-31", "", ""))
        p.roles = merge_terms(terms)
        stats[f"read: {source}"] += 1
        people.append(p)
    return people


def read_historical(path, stats):
    people = []
    last_born = None
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            born = year(row["birthday"])
            if born is None:
                born = last_born  # rows come in order of first service
                stats["historical: birth year taken from the row before"] += 1
            last_born = born
            forms = name_forms(row["first_name"], row["middle_name"], row["last_name"], row["suffix"],
                               row["nickname"], row["full_name"])
            p = Person(row["bioguide_id"], row["bioguide_id"], forms, born, "historical", row["wikipedia_id"])
            title, aff = CHAMBER[row["type"]]
            p.roles = [(title, aff, "", "", row["party"], row["state"])]
            stats["read: historical"] += 1
            people.append(p)
    return people


def read_people(source_dir, stats):
    """Members and the executive, one Person per bioguide id."""
    by_key, order = {}, []
    for p in (read_yaml_people(os.path.join(source_dir, "legislators-current.yaml"), "current", stats)
              + read_historical(os.path.join(source_dir, "legislators-historical.csv"), stats)
              + read_yaml_people(os.path.join(source_dir, "executive.yaml"), "executive", stats)):
        old = by_key.get(p.key)
        if old is None:
            by_key[p.key] = p
            order.append(p)
            continue
        # The executive record of a former member: his forms and roles join the member's.
        stats["merged: executive and member records of one person"] += 1
        seen = {fold(n) for n, _, _ in old.forms}
        old.forms += [f for f in p.forms if fold(f[0]) not in seen]
        old.wikipedia = old.wikipedia or p.wikipedia
        old.roles += p.roles
        old.executive = old.executive or p.executive
        old.born = old.born or p.born
    return order


# --- the other gazetteers ------------------------------------------------------------------





def load_context(gaz_dir):
    """blocked: folded name -> the kind of non-person entry it names;
    people: person id -> {"name", "names" (folded), "usa", "roles" [(title, aff, start, end)]}."""
    blocked, people = {}, {}
    for path in sorted(glob.glob(os.path.join(gaz_dir, "*.tsv"))):
        if not reads_gazetteer(OWN_FILE, path):
            continue
        for row in read_tsv(path):
            names = values(row, "name", "aliases", "demonyms", "capitals", "shortforms")
            if row.get("type") != "PERSON":
                for n in names:
                    blocked.setdefault(fold(n), row.get("type", "").lower())
                continue
            e = people.setdefault(row["id"], {"name": row["name"], "names": set(), "usa": False, "roles": []})
            e["names"].update(fold(n) for n in names)
            aff = row.get("affiliation", "")
            e["usa"] = e["usa"] or aff == "country:USA" or aff.startswith("org:us-")
            if row.get("role"):
                e["roles"].append((row["role"].lower(), aff, row.get("start", ""), row.get("end", "")))
    return blocked, people


def overlaps(a_start, a_end, b_start, b_end):
    lo = max(a_start[:4] or "0000", b_start[:4] or "0000")
    hi = min(a_end[:4] or "9999", b_end[:4] or "9999")
    return lo <= hi


# --- building --------------------------------------------------------------------------------

def wikipedia_forms(p, stats):
    """The forms of p that his Wikipedia title vouches for (rule 1 of the module doc), the
    title first; kind "title" for it."""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", p.wikipedia)
    base = re.sub(r'"[^"]*"', " ", (m.group(1) if m else p.wikipedia).replace("_", " "))
    base = " ".join(base.replace(",", " ").split())
    keep = {"official", "nickname", "full"} | ({"plain"} if p.executive else set())
    title, out = [], []
    for n, strength, kind in p.forms:
        if fold(n) == fold(base):
            if m:
                stats["name dropped: a namesake is better known (Wikipedia title disambiguated)"] += 1
            else:
                title.append((n, 2, "title"))
        elif kind in keep:
            out.append((n, strength, kind))
        else:
            stats["name dropped: not the Wikipedia title, official or full name"] += 1
    if not m and not title and len(base.split()) > 1:
        title.append((base, 2, "title"))
    return title + out


def reuse_ids(people, existing, existing_by_name, is_old, stats):
    """Sets p.reuse for the members who are people of the people files serving the USA: for
    each such person, the member whose names match best (a three-word name counts 3, the
    member's name for that person's own name 2, another name 1); a tie reuses nothing."""
    claims = collections.defaultdict(list)  # existing id -> [(score, person)]
    for p in people:
        if is_old(p):
            continue
        score = collections.Counter()
        for n, strength, _ in p.forms:
            for pid in existing_by_name.get(fold(n), ()):
                if existing[pid]["usa"]:
                    score[pid] += (3 if len(fold(n).split()) > 2 else
                                   2 if strength == 2 and fold(n) == fold(existing[pid]["name"]) else 1)
        for pid, s in score.items():
            claims[pid].append((s, p))
    taken = set()
    for pid, cs in sorted(claims.items()):
        cs.sort(key=lambda c: -c[0])
        if len(cs) > 1 and cs[0][0] == cs[1][0]:
            stats["id not reused: several members match one person of the people files"] += 1
        elif id(cs[0][1]) in taken:
            stats["id not reused: a member matches several people of the people files"] += 1
            cs[0][1].reuse = None
        else:
            cs[0][1].reuse = pid
            taken.add(id(cs[0][1]))
            stats["id reused from the people files"] += 1


def build(args):
    stats = collections.Counter()
    people = read_people(args.source, stats)
    blocked, existing = load_context(args.gazetteers)
    existing_by_name = collections.defaultdict(set)
    for pid, e in existing.items():
        for n in e["names"]:
            existing_by_name[n].add(pid)

    def is_old(p):
        return not p.executive and p.source == "historical" and (p.born is None or p.born < OLD_BORN)

    # Given names and surnames: among how many members.
    given, surname = collections.Counter(), collections.Counter()
    for p in people:
        words = [name_words(n) for n, _, _ in p.forms]
        given.update({w[0] for w in words})
        surname.update({w[-1] for w in words})

    reuse_ids(people, existing, existing_by_name, is_old, stats)
    owners = collections.defaultdict(list)  # folded name -> [(person, strength)], all forms
    for p in people:
        for n, strength, _ in p.forms:
            owners[fold(n)].append((p, strength))
    for p in people:
        if p.wikipedia:
            p.forms = wikipedia_forms(p, stats)

    def verdict(p, name, strength, kind):
        """None when p keeps the name, else why not (rules 2-5 of the module doc)."""
        k = fold(name)
        if p.reuse and k in existing[p.reuse]["names"]:
            return "already a name of the reused id"
        if k in blocked:
            return f"names another entry of the gazetteers ({blocked[k]})"
        if any(pid != p.reuse for pid in existing_by_name.get(k, ())):
            return "names a person of the people files"
        rivals = [(q, st) for q, st in owners[k] if q is not p]
        if is_old(p) and rivals:
            return "19th-century member: name shared with another member"
        if any(st >= strength for q, st in rivals if not is_old(q)):
            return "shared by members, none known by it more than the others"
        words = k.split()
        if (len(words) == 2 and given[words[0]] >= COMMON_GIVEN and surname[words[1]] >= COMMON_SURNAME
                and (is_old(p) or kind != "title" or (p.born or 0) < 1900)):
            return "common name" + (" (19th-century member)" if is_old(p) else "")
        return None

    # Surnames of the Presidents and Vice Presidents of the people files.
    presidential = {surname_key(e["name"]) for e in existing.values()
                    if any("president" in r[0] and r[1] == "country:USA" for r in e["roles"])}

    entries, used_ids = [], set(existing)
    for p in people:
        kept = []
        for n, strength, kind in p.forms:
            why = verdict(p, n, strength, kind)
            if why:
                stats["name dropped: " + why] += 1
            else:
                kept.append(n)
        roles = p.roles
        if p.reuse:
            have = existing[p.reuse]["roles"]
            roles = [r for r in roles if not any(
                h[0] == r[0].lower() and h[1] == r[1] and overlaps(h[2], h[3], r[2], r[3]) for h in have)]
            stats["role left out: the people files give it"] += len(p.roles) - len(roles)
            if not roles and not kept:
                continue
            pid, name = p.reuse, existing[p.reuse]["name"]
        else:
            if not kept:
                stats["person left out: no name left" + (" (19th-century member)" if is_old(p) else "")] += 1
                continue
            if surname_key(kept[0]) in presidential:
                roles = [r for r in roles if r[1] != "country:USA"]
                stats["role left out: executive role of a President's namesake"] += len(p.roles) - len(roles)
            name = kept[0]
            pid = "person:us-" + (p.bioguide.lower() if p.bioguide else slug(name))
            while pid in used_ids:
                pid += "-2"
        used_ids.add(pid)
        stats["persons written"] += 1
        stats["names written"] += len(kept)
        stats["lines written"] += max(1, len(roles))
        entries.append((pid, name, [n for n in kept if n != name], roles))
    entries.sort(key=lambda e: e[0])
    return entries, stats


def render(entries, today):
    head = [
        "# newsgraph US Congress gazetteer, generated from unitedstates/congress-legislators. Do not",
        "# edit: run tools/import_uscongress.py (it reads ../shared/data/gazetteer-sources/us-congress).",
        "# Source: legislators-current.yaml, executive.yaml, legislators-historical.csv of",
        f"# https://github.com/unitedstates/congress-legislators, commit {COMMIT}",
        f"# (data as of {SNAPSHOT}). Generated {today}.",
        "# Licence of the source: CC0 1.0 Universal (public domain dedication); no attribution is",
        "# required, the source is named as a courtesy.",
        "#",
        "# Members of Congress since 1789, Presidents and Vice Presidents: one line per role, lines of",
        "# one id merge; people of people-*.tsv keep their ids. Presidents and Vice Presidents have",
        "# dated roles (start, end; empty end: in office). Legislators' dates are in served_from and",
        "# served_to, attributes the tagger ignores (dated roles make bare surnames resolve to their",
        "# holder); historical members have the chamber of their last term and no dates. Names: those",
        "# the member's Wikipedia title vouches for, less names of other entries, names members share",
        f"# and common names. Members born before {OLD_BORN} lose names any member shares.",
        "id\ttype\tname\taliases\trole\taffiliation\tstart\tend\tserved_from\tserved_to\tparty\tstate",
    ]
    lines = []
    for pid, name, aliases, roles in entries:
        first = True
        for title, aff, start, end, party, state in sorted(roles, key=lambda r: (r[2], r[0])) or [("",) * 6]:
            # Only the executive's dates go to start/end, the columns the tagger reads.
            dates = (start, end, "", "") if aff == "country:USA" else ("", "", start, end)
            lines.append("\t".join((pid, "PERSON", name, "|".join(aliases) if first else "", title, aff)
                                   + dates + (party, state)))
            first = False
    return "\n".join(head + lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=SOURCE_DIR,
                    help="folder with legislators-current.yaml, executive.yaml, legislators-historical.csv")
    ap.add_argument("--gazetteers", default=GAZ,
                    help="folder of the other gazetteers (its us-congress.tsv is not read)")
    add_output_args(ap, os.path.join(GAZ, OWN_FILE))
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.source, "legislators-historical.csv")):
        print(f"import_uscongress: {args.source} has no legislators-historical.csv; skipped", file=sys.stderr)
        return 77
    entries, stats = build(args)
    text = render(entries, header_date(args.output, args.date, args.check))
    status = write_or_check(args.output, text, "import_uscongress", args.check)
    if args.check or status:
        return status
    print_counts(stats, skip_zero=True)
    print(f"import_uscongress: wrote {len(entries)} people to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
