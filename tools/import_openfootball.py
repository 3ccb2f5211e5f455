#!/usr/bin/env python3
"""Turns the openfootball club lists into newsgraph's football-club gazetteer.

    tools/import_openfootball.py [--input DIR] [--organisations PATH ...] [--countries PATH]
                                 [--places PATH] [--people PATH ...] [--given-names PATH ...]
                                 [--lexicon PATH] [--corpus DIR ...] [-o gazetteers/clubs.tsv]
                                 [--explain PATH]
    tools/import_openfootball.py --check   # the committed file is what the importer writes

Reads the */*.clubs.txt files of openfootball/clubs (CC0) from
../shared/data/gazetteer-sources/openfootball-clubs and writes one ORG line
per club (kind `club`; id `org:club-<slug of its name>`, with the country's
code added when two clubs would share it).

The source format: "= Country" starts a country ("England", "Scotland",
"Wales" and "Northern Ireland" are country:GBR); "== Region ==" a region;
a club line is "Name, founding year, @ Stadium, City (district) › Region",
the fields after the name being optional; "| a | b" lines below it give
other names, "[en]" marking an English one; "ii) Name" starts a reserve team
(left out with its names); "#" starts a comment; indented lines with "//"
are postal addresses. A club whose name ends with the years it existed
("Darwen FC (1870-2009)") is gone and left out, as are the few of GONE.

News names a club mostly by a short name that is often its town too
("Liverpool beat Everton 2-1" / "a factory in Liverpool"), so:
  name      the English name when the list marks one and each of its words
            is written so in the corpus or in the club's other names
            ("Bayern Munich", not the table form "Ath Madrid"); else the
            club's name without a club-type prefix or suffix (CLUB_AFFIXES)
            when the list gives that form ("Chelsea", "Manchester United");
            else the club's name;
  aliases   the other names (full official names, "FC" forms, "Man Utd"),
            with "United" beside "Utd" ("Man United");
  acronyms  names of 3 to 6 capitals ("QPR", "PSV", "CSKA").
Dropped: table forms (a dotted cut "Man. United", "Tottenham H.", or a word
cut from a longer one of the club's names, "Dynamo Mosc"); names with a
qualifier in brackets; one word shorter than 3 letters; names not in Latin
script; names of a country (name, alias, acronym, demonym) or of a person of
the gazetteers; one word that is a gazetteer person's surname ("Brown"), a
given name ("Tom"), a particle of personal names ("Van", from the lexicon)
or an ordinary word the corpus writes in lower case more than twice as often
as a name ("Sport", "Standard"); a city as a club's name in a country where
it also names teams of other sports (MULTISPORT_COUNTRIES: "Chicago"); and a
name shared by two clubs, unless it is the own name of one of them (the name
without its "FC": "Liverpool" stays with Liverpool FC, not Liverpool
Montevideo). Listed in `ambiguous`, so that the tagger takes them only where
the context settles it (a sports story, or the club named in full in the
document): a city or district (of places.tsv, a capital, or a town the club
lists give), a name or acronym of an organisation or party of the
gazetteers, any other one-word name ("Arsenal", "Wolves", "Juventus": a
town, nickname or word more often than the club), an acronym of three
letters, words the corpus writes in lower case ("Young Boys"), the first
words of the club's name ("West Ham" of West Ham United, "Ironside Foundry":
its town or sponsor), a two-word place ("Santa Clara", "Rio Ave"), and a
given name with a surname ("Gil Vicente"). Names of several words with a
club word ("Liverpool FC", "Real Madrid", "Bristol City") are tagged
everywhere unless they are a place. Counts go to stderr; --explain writes
what became of each name.
"""
import argparse
import collections
import glob
import os
import re
import sys
import unicodedata

from generated_file import add_output_args, header_date, print_counts, read_tsv, values, write_or_check
from import_partyfacts import fold, is_latin, letters, read_tsv_plain

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GAZ = os.path.join(ROOT, "gazetteers")
DEFAULT_INPUT = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources", "openfootball-clubs")
DEFAULT_CORPUS = [os.path.join(ROOT, "..", "shared", "data", d)
                  for d in ("bbc-news-fulltext", "ud-english-ewt")]
COMMIT = "ae3800227c449447b3a337fc0aac79a8f02f4c8b"

# "= Country" headings that are not a name or alias of countries.tsv.
COUNTRY_MAP = {"england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
               "latvija": "LVA", "congo dr": "COD"}

# Words that mark a football club in a name of several words: such a name is
# safe unless it is a place.
CLUB_WORDS = set("""
ac afc athletic atletico atlético academical albion alemannia arminia association athletico
borussia bk calcio cd cf city club county dinamo dynamo eintracht esporte fc fk football
futbol fútbol futebol hotspur if ifk inter internazionale nk olympique racing rangers real rovers sc
sk sporting sportiva sportivo sv town tsv united utd vfb vfl wanderers
""".split())

# Countries where a city's name stands for its teams of several sports
# ("Chicago" the Cubs, Bulls or Fire): a club's alias that is its city is dropped there.
MULTISPORT_COUNTRIES = {"country:USA", "country:CAN", "country:AUS", "country:NZL"}

# First words of place names: a name without a club word that starts so is a place.
PLACE_WORDS = set("""
bad ciudad fort new nueva nuevo porto puerto rio río san santa santo sao são villa vila
""".split())

# Clubs gone that the lists give without their years (their comments say so).
GONE = {
    ("country:GBR", "Wimbledon FC"),  # moved to Milton Keynes in 2004 (MK Dons); "Wimbledon" is the tennis
    ("country:GBR", "Newcastle East End FC"),  # merged into Newcastle United in 1892
    ("country:GBR", "Newcastle West End FC"),  # merged into Newcastle United in 1892
}

# Club-type abbreviations that news leaves out of a club's name ("Chelsea FC" is
# "Chelsea", "VfB Stuttgart" "Stuttgart"); "AC" stays ("AC Milan").
CLUB_AFFIXES = set("""
AFC BK CD CF FC FF FK IF IK KF KV NK SC SD SK SV TSV UD VfB VfL
""".split())

# Abbreviations with a dot that news writes too (other dotted words are cuts
# made for result tables).
DOTTED_OK = {"st.", "ste.", "ss."}


def ascii_slug(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("đ", "d")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "l")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def strip_comment(line):
    i = line.find("#")
    return line if i < 0 else line[:i]


def clean_name(text):
    """(name, tags) from an alias or club-name field: "[en]" tags removed."""
    tags = set(re.findall(r"\[([a-z]{2})\]", text))
    text = re.sub(r"\[[a-z]{2}\]", "", text)
    return " ".join(text.split()).strip(" ,;"), tags


def is_table_form(name):
    """A form cut for result tables: "Man. United", "Tottenham H.", "Bayern Mün."
    (a dotted word other than "St.", "1." or initials such as "F.C.")."""
    for w in name.split():
        if w.lower().split("-")[0] in DOTTED_OK or re.fullmatch(r"\d+\.|(?:[A-Z]\.){2,}", w):
            continue
        if "." in w:
            return True
    return False


def cut_word(name, names, known, places):
    """The word of `name` cut from a longer word of the club's other `names`
    for a result table ("Dynamo Mosc", "Loko Moscow" beside "Lokomotiv"), or
    None: a last word or one of at most 4 letters, not a capitalised
    abbreviation, not a place, and not a word of the corpus (`known`: "West
    Brom", "Man Utd", "Inter Milan")."""
    others = {w for n in names if n != name for w in fold(n).split()}
    words = list(zip(fold(name).split(), name.split()))
    for i, (w, raw) in enumerate(words):
        if (i == len(words) - 1 or len(w) <= 4) and w.isalpha() and not raw.isupper() and \
                w not in others and w not in places and raw not in known and w not in known and \
                any(o.startswith(w) and len(o) >= len(w) + 2 for o in others):
            return w
    return None


def strip_affixes(words):
    """The words of a club's name without a club-type prefix or suffix ("FC", "AFC", "VfB")."""
    if len(words) > 1 and words[0].replace(".", "") in CLUB_AFFIXES:
        words = words[1:]
    if len(words) > 1 and words[-1].replace(".", "") in CLUB_AFFIXES:
        words = words[:-1]
    return words


def own_names(canonical):
    """Folded forms a club's name stands for: itself and without club-type
    prefix or suffix ("Liverpool FC" -> "liverpool", "FC Barcelona" -> "barcelona")."""
    return {fold(canonical), fold(" ".join(strip_affixes(canonical.split())))}


def is_acronym(name):
    return " " not in name and 3 <= letters(name) <= 6 and all(c.isupper() or c.isdigit() for c in name) \
        and any(c.isalpha() for c in name)


class Club:
    def __init__(self, canonical, country, places, path, line):
        self.canonical = canonical
        self.country = country
        self.places = places  # folded names of its city and district
        self.names = []  # (text, tags) in source order, canonical first
        self.where = f"{path}:{line}"


def parse_places(fields):
    """Folded names of the city and district in the fields after a club's name
    ("London (Fulham)"); the regions after "›" are left out."""
    out = set()
    for f in fields:
        f = f.strip()
        if not f or f.startswith("@") or re.fullmatch(r"\d{4}", f):
            continue
        m = re.match(r"^([^(›>]*)(?:\(([^)]*)\))?", f)
        for p in (m.group(1), m.group(2)):
            for q in re.split(r"\s*/\s*|\s+or\s+", (p or "").strip(" ?")):
                if q.strip(" ?"):
                    out.add(fold(q.strip(" ?")))
    return out


def parse_file(path, country_of, stats):
    """Clubs of one *.clubs.txt file."""
    clubs = []
    country, club = None, None
    rel = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(path))))
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            text = strip_comment(raw)
            s = text.strip()
            if not s:
                continue
            if s.startswith("="):
                level = len(s) - len(s.lstrip("="))
                title = s.strip("= ").strip()
                club = None
                if not title:
                    continue
                if level == 1:  # "= Germany • Deutschland"; "== Bayern ==" regions are not used
                    country = None
                    for t in title.split("•"):
                        country = country or country_of(t.strip())
                    if country is None:
                        raise SystemExit(f"import_openfootball: {path}:{no}: country '{title}' unknown")
                continue
            if s.startswith("|"):
                if club is not None:
                    for a in s.split("|"):
                        name, tags = clean_name(a)
                        if name:
                            club.names.append((name, tags))
                continue
            if "//" in s:
                continue  # postal address
            if re.match(r"^[ivx]+\)", s):
                club = None  # reserve team: "ii) Bayern München II"
                stats["reserve teams left out"] += 1
                continue
            if raw[0].isspace() and "," not in s and club is not None:
                name, tags = clean_name(s)  # an alias written without "|"
                club.names.append((name, tags))
                continue
            if country is None:
                raise SystemExit(f"import_openfootball: {path}:{no}: club line before any '= Country'")
            fields = s.split(",")
            name, tags = clean_name(fields[0])
            m = re.search(r"\s*\((\d{4})?\s*-\s*(\d{4})\)\s*$", name)
            if m:
                stats["clubs left out: gone (years in brackets)"] += 1
                club = None
                continue
            name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
            if (country, name) in GONE:
                stats["clubs left out: gone (GONE list)"] += 1
                club = None
                continue
            # A city field that repeats the club's name is a slip ("Brisbane Roar, Brisbane Roar").
            club = Club(name, country, parse_places(fields[1:]) - {fold(name)}, rel, no)
            club.names.append((name, tags))
            clubs.append(club)
    return clubs


class Corpus:
    """What English news text tells about words: how often each is written in
    lower case (`lower`, by lower-case form) and as a name on its own inside a
    sentence (`alone`: capitalised after a lower-case word, no capitalised word
    next: "beat Arsenal on"), the capitalised forms (`upper`), and the runs of
    lower-case words (`runs`, " | "-separated, to find phrases)."""

    def __init__(self, folders):
        self.lower, self.alone, self.upper = collections.Counter(), collections.Counter(), set()
        runs = []
        for folder in folders:
            for path in sorted(glob.glob(os.path.join(folder, "**", "*.*"), recursive=True)):
                if not path.endswith((".txt", ".conllu")):
                    continue
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if path.endswith(".conllu"):
                    text = "\n".join(l.split("\t")[1] for l in text.split("\n")
                                     if l and not l.startswith("#") and "\t" in l)
                tokens = re.findall(r"[^\W\d_][\w'-]*|\S", text) + ["."]
                run = []
                for i, w in enumerate(tokens[:-1]):
                    if w[0].islower():
                        self.lower[w.lower()] += 1
                        run.append(w)
                        continue
                    if run:
                        runs.append(" ".join(run))
                    if w[0].isalpha():
                        self.upper.add(w)
                        if run and not tokens[i + 1][0].isupper():
                            self.alone[w] += 1
                    run = []
                if run:
                    runs.append(" ".join(run))
        self.runs = " " + " | ".join(runs) + " "


def load_context(args):
    country_ids, by_name = set(), {}
    drop, amb = {}, {}
    for row in read_tsv(args.countries):
        country_ids.add(row["id"])
        for v in values(row, "name", "aliases"):
            by_name.setdefault(fold(v), row["id"])
        for v in values(row, "name", "aliases", "acronyms", "demonyms", "shortforms"):
            drop.setdefault(fold(v), "a country's name, acronym or demonym")
        for v in values(row, "capitals"):
            amb.setdefault(fold(v), "a capital")
    for row in read_tsv(args.places):
        for v in values(row, "name", "aliases"):
            amb.setdefault(fold(v), "a city or region of places.tsv")
    given = {fold(name) for path in args.given_names for name in read_tsv_plain(path)}
    particles = set()
    if args.lexicon:
        with open(args.lexicon, encoding="utf-8") as f:
            particles = {fold(l.split("\t")[1]) for l in f if l.startswith("particle\t")}
    surnames = set()
    for path in args.people:
        for row in read_tsv(path):
            for v in values(row, "name", "aliases"):
                drop.setdefault(fold(v), "a person's name")
                if len(fold(v).split()) > 1:
                    surnames.add(fold(v).split()[-1])
    orgs = {fold(v) for path in args.organisations for row in read_tsv(path)
            for v in values(row, "name", "aliases", "acronyms", "shortforms")}
    return country_ids, by_name, drop, amb, given, surnames, orgs, particles


def choose_name(club, kept, upper):
    """The club's usual English-news name among its kept names (folded -> text)."""
    def real_words(n):
        # Each word is written capitalised in the corpus or whole in another name
        # of the club: "Bayern Munich" yes; table forms "Sp Lisbon", "Loko Moscow" no.
        others = {w for m, _ in club.names if fold(m) != fold(n) for w in fold(m).split()}
        for w in n.split():
            f = fold(w)
            if w.isdigit() or w in upper or (f in others and not any(o.startswith(f) and o != f for o in others)):
                continue
            return False
        return True

    for n, tags in club.names:
        if "en" in tags and fold(n) in kept and real_words(n) and not re.match(
                r"(FC|PFC|PFK|FK|SK|SC|AC|TSV|CF|Football Club)\b", n):
            return kept[fold(n)]
    # "Chelsea FC" -> "Chelsea", "FC Barcelona" -> "Barcelona" when the list has the short form.
    for k in sorted(own_names(club.canonical), key=len):
        if k in kept:
            return kept[k]
    for n, _ in club.names:
        if fold(n) in kept:
            return kept[fold(n)]
    return None


def build(args):
    country_ids, by_name, drop, amb, given, surnames, orgs, particles = load_context(args)

    def country_of(title):
        k = fold(title)
        iso = COUNTRY_MAP.get(k)
        cid = "country:" + iso if iso else by_name.get(k)
        return cid if cid in country_ids else None

    stats = collections.Counter()
    clubs, places = [], set()
    files = sorted(glob.glob(os.path.join(args.input, "**", "*.clubs.txt"), recursive=True))
    for path in files:
        clubs += parse_file(path, country_of, stats)
    stats["files read"] = len(files)
    for c in clubs:
        places |= c.places
    corpus = Corpus([c for c in args.corpus if os.path.isdir(c)])
    common = set(corpus.lower)
    known = common | corpus.upper

    # The same club listed twice (same name, same country): one club.
    seen, unique = {}, []
    for c in clubs:
        key = (c.country, fold(c.canonical))
        if key in seen:
            seen[key].names += c.names
            seen[key].places |= c.places
            stats["clubs merged: listed twice in one country"] += 1
            continue
        seen[key] = c
        unique.append(c)
    clubs = unique
    stats["clubs read"] = len(clubs)

    # Candidate names of each club, cleaned; "Utd" also as "United".
    cands = []
    for c in clubs:
        names = []
        for n, tags in c.names:
            if "(" in n or ")" in n:
                stats["name dropped: qualifier in brackets"] += 1
            elif "$$" in n:
                stats["name dropped: sponsor's name ($$...$$)"] += 1
            elif is_table_form(n):
                stats["name dropped: table abbreviation (dots)"] += 1
            elif not is_latin(n) or not n[0].isalnum():
                stats["name dropped: not in Latin script"] += 1
            else:
                names.append(n)
        out, keys = [], set()
        for n in names:
            if cut_word(n, names, known, places):
                stats["name dropped: table abbreviation (cut word)"] += 1
                continue
            for v in (n, re.sub(r"\bUtd\b", "United", n)):
                if fold(v) not in keys:
                    keys.add(fold(v))
                    out.append(v)
        cands.append(out)

    def dropped(n, i):
        """Why name `n` of club `i` is left out whatever other clubs are called, or None."""
        k = fold(n)
        one = len(k.split()) == 1 and not is_acronym(n)
        place = k in places or k in amb
        if len(k.split()) == 1 and letters(n) < 3:
            return "one word shorter than 3 letters"
        if k in drop:
            return "equals " + drop[k]
        if place and clubs[i].country in MULTISPORT_COUNTRIES:
            return "a city in a country where it names teams of other sports too"
        if one and k in particles:
            return "a particle of personal names (\"Van\", \"Del\")"
        if one and not place and k not in orgs:
            if k in surnames:
                return "a surname of a person of the gazetteers"
            if k in given:
                return "a given name"
            if corpus.lower[k] >= 2 * (corpus.alone[n] + 1):
                return "an ordinary word (in the corpus in lower case more than as a name)"
        return None

    def needs_context(n, i):
        """Why name `n` of club `i` needs context to be tagged, or None."""
        k = fold(n)
        words = k.split()
        one = len(words) == 1 and not is_acronym(n)
        club_word = any(w in CLUB_WORDS for w in words)
        full = fold(" ".join(strip_affixes(clubs[i].canonical.split())))
        if k in places or k in amb:
            return amb.get(k, "a city or district of the club lists")
        if k in orgs:
            return "a name or acronym of an organisation or party of the gazetteers"
        if one and (k in common or k.rstrip("s") in common):
            return "one ordinary English word"
        if len(words) > 1 and not club_word and all(w in common for w in words) and f" {k} " in corpus.runs:
            return "words written in lower case in the corpus"
        if one:
            return "one word (a town, nickname or word more often than the club)"
        if is_acronym(n):
            return "an acronym of three letters" if letters(n) <= 3 else None
        if full.startswith(k + " ") and not all(w.isdigit() for w in full[len(k):].split()):
            return "first words of the club's name (its town or sponsor: \"West Ham\", \"Red Bull\")"
        if not club_word and len(words) == 2 and words[0] in PLACE_WORDS:
            return "a place name (\"Santa Clara\", \"Rio Ave\")"
        if not club_word and words[0] in given and not any(w in places for w in words):
            return "a given name and a surname"
        return None

    # Names left out on their own first; then a name still shared by clubs
    # stays with the one club whose own name it is ("Liverpool" for Liverpool
    # FC, not for Liverpool Montevideo), and is dropped when there is none.
    verdicts = [{n: dropped(n, i) for n in names} for i, names in enumerate(cands)]
    owners = collections.defaultdict(set)
    for i, names in enumerate(cands):
        for n in names:
            if not verdicts[i][n]:
                owners[fold(n)].add(i)
    for k, own in owners.items():
        if len(own) > 1:
            firsts = [i for i in own if k in own_names(clubs[i].canonical)]
            if len(firsts) == 1:
                owners[k] = set(firsts)
                stats["shared names kept for the club whose own name it is"] += 1

    def verdict(n, i):
        """(reason to drop, reason to mark ambiguous) for name `n` of club `i`; None when neither."""
        if verdicts[i][n]:
            return verdicts[i][n], None
        if owners[fold(n)] != {i}:
            return "shared by two clubs", None
        return None, needs_context(n, i)

    entries = []
    for i, (c, names) in enumerate(zip(clubs, cands)):
        kept, ambiguous = {}, []
        for n in names:
            why_drop, why_amb = verdict(n, i)
            if args.explain:
                args.explain.write(f"{c.canonical}\t{n}\t{'dropped: ' + why_drop if why_drop else 'ambiguous: ' + why_amb if why_amb else 'kept'}\n")
            if why_drop:
                stats["name dropped: " + why_drop] += 1
                continue
            kept[fold(n)] = n
            if why_amb:
                ambiguous.append(n)
                stats["name kept as ambiguous: " + why_amb] += 1
        if not kept:
            stats["clubs left out: no name left"] += 1
            continue
        name = choose_name(c, kept, corpus.upper)
        acronyms = [n for n in kept.values() if is_acronym(n) and n != name]
        aliases = [n for n in kept.values() if n != name and n not in acronyms]
        entries.append({"club": c, "name": name, "aliases": aliases, "acronyms": acronyms,
                        "ambiguous": [n for n in ambiguous]})

    # Ids: slug of the name; the country is added when two clubs share it.
    by_slug = collections.defaultdict(list)
    for e in entries:
        by_slug[ascii_slug(e["name"])].append(e)
    for slug, es in by_slug.items():
        for e in es:
            e["id"] = "org:club-" + slug if len(es) == 1 else \
                "org:club-" + slug + "-" + e["club"].country.split(":")[1].lower()
    ids = collections.Counter(e["id"] for e in entries)
    for e in entries:
        if ids[e["id"]] > 1:
            raise SystemExit(f"import_openfootball: id {e['id']} not unique ({e['club'].where})")
    entries.sort(key=lambda e: e["id"])
    stats["entries"] = len(entries)
    stats["names (name, aliases, acronyms)"] = sum(1 + len(e["aliases"]) + len(e["acronyms"]) for e in entries)
    stats["names listed as ambiguous"] = sum(len(e["ambiguous"]) for e in entries)
    return entries, stats


def render(entries, today):
    head = [
        "# newsgraph football clubs, generated from openfootball/clubs. Do not edit: run",
        "# tools/import_openfootball.py (it reads ../shared/data/gazetteer-sources/openfootball-clubs).",
        "# Source: the */*.clubs.txt lists of https://github.com/openfootball/clubs,",
        f"# commit {COMMIT}. Generated {today}.",
        "# Licence of the source: CC0 1.0 Universal (public domain dedication), by the openfootball",
        "# contributors; no attribution required, given here as a courtesy.",
        "#",
        "# One line per club still playing (reserve teams and clubs gone are left out); country:GBR",
        "# for England, Scotland, Wales and Northern Ireland. Table forms, names of countries and",
        "# people, given names, ordinary words and names shared by two clubs are left out; towns,",
        "# districts, other one-word names, three-letter acronyms and the first words of a club's",
        "# name (\"West Ham\") are listed in `ambiguous`: tagged only where the context settles it.",
        "id\ttype\tname\taliases\tacronyms\tambiguous\tkind\tcountry",
    ]
    lines = [f"{e['id']}\tORG\t{e['name']}\t{'|'.join(e['aliases'])}\t{'|'.join(e['acronyms'])}\t"
             f"{'|'.join(e['ambiguous'])}\tclub\t{e['club'].country}" for e in entries]
    return "\n".join(head + lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT, help="folder of the openfootball/clubs checkout")
    ap.add_argument("--organisations", nargs="*",
                    default=[os.path.join(GAZ, "organisations.tsv"), os.path.join(GAZ, "companies.tsv"),
                             os.path.join(GAZ, "parties.tsv"), os.path.join(GAZ, "sports-teams.tsv")])
    ap.add_argument("--countries", default=os.path.join(GAZ, "countries.tsv"))
    ap.add_argument("--places", default=os.path.join(GAZ, "places.tsv"))
    ap.add_argument("--people", nargs="*", default=sorted(glob.glob(os.path.join(GAZ, "people-*.tsv"))))
    ap.add_argument("--corpus", nargs="*", default=DEFAULT_CORPUS,
                    help="folders of English .txt/.conllu files; their lower-case words count as "
                         "ordinary words (none: no folder)")
    ap.add_argument("--given-names", nargs="*", default=[os.path.join(ROOT, "rules", "given_names.tsv")],
                    help="lists of given names (one a line); club names among them are ambiguous")
    ap.add_argument("--lexicon", default=os.path.join(ROOT, "rules", "lexicon.tsv"),
                    help="newsgraph lexicon; its `particle` words (\"van\", \"del\") are no club names")
    add_output_args(ap, os.path.join(GAZ, "clubs.tsv"))
    ap.add_argument("--explain", type=argparse.FileType("w", encoding="utf-8"),
                    help="write each club name with what became of it (club, name, verdict)")
    args = ap.parse_args()
    if not os.path.isdir(args.input):
        print(f"import_openfootball: {args.input} not found; skipped", file=sys.stderr)
        return 77
    entries, stats = build(args)
    text = render(entries, header_date(args.output, args.date, args.check))
    status = write_or_check(args.output, text, "import_openfootball", args.check)
    if args.check or status:
        return status
    print_counts(stats)
    print(f"import_openfootball: wrote {len(entries)} clubs to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
