#!/usr/bin/env python3
"""Turns the Party Facts core party list into newsgraph's political-party gazetteer.

    tools/import_partyfacts.py [--input PATH] [--organisations PATH ...] [--countries PATH]
                               [--places PATH] [--people PATH ...] [--corpus DIR] [-o gazetteers/parties.tsv]
    tools/import_partyfacts.py --check   # the committed file is what the importer writes

Reads partyfacts-core-parties.csv (Party Facts, MIT licence) from
../shared/data/gazetteer-sources/partyfacts and writes one ORG line per party
(kind `party`, country `country:ISO3`, id `org:party-<partyfacts id>`), with
the party's first and last year (`year_first`, `year_last`; an empty `end`:
still active as of the data, 2020-07) in `start` and `end`, which FORMAT.md
allows on ORG lines and the tagger does not use yet.

Which rows: real parties (the `technical` rows "other", "unknown",
"independent" ... are left out), current and historical (news of the 1980s
names parties gone since), in a country that is an id of
gazetteers/countries.tsv (a few historical or sub-national codes are mapped,
see COUNTRY_MAP; the rest, and the former countries of countries.tsv (an `end`
date: DDR, YMD ...), are counted and skipped). A row naming a party that
gazetteers/organisations.tsv
(or companies.tsv, the other hand-written list of organisations) already holds
for the same country (by name, alias or acronym) is skipped, so the curated line stays the only one.

Which names, since the tagger matches names case-sensitively and prefers
precision:
  name      the first English name (name_english, " / " separates variants);
  aliases   the other English variants, the native name and the Latin-script
            names of name_other ("Persian: ..." prefixes removed);
  acronyms  the short name when it is one: capitals (any script), digits and
            hyphens, 2-8 letters ("ZANU-PF"), or a mixed-case abbreviation with
            a capital inside ("AfD", "MoDem"); a one-word short name that is
            neither becomes an alias.
A name is dropped when it is one word shorter than 3 letters; one word that is
an ordinary English word (written in lower case in the --corpus texts, or a
party word such as "Greens", "Labour", "Union"); a country name, demonym or
capital, a city or region, a person's name, or a name or acronym of another
entry of the existing gazetteers; or shared by two Party Facts parties (the
tagger could not choose). One exception: a party active in 1990 or later
(`year_last` empty or >= FIRST_YEAR) wins a name it shares only with parties
gone before then ("Radical Civic Union" is the Argentine party of today, not a
1940s faction listed under that name too), so that adding the historical
parties takes no name from the current ones. A name shared by two current
parties, or by historical ones only, is dropped. A historical party keeps
only names of two words or more: its acronyms and one-word names are dropped,
since news of its time rarely names it so while they name much else (in
Reuters 1987 stories "MLN" is million, "STG" sterling, "FDIC" the US deposit
insurer, "Klaipeda" a city); a party left with no name is skipped. A name of
several words that are all generic party words ("National Democratic
Alliance") is kept but listed in `ambiguous`, so it is tagged only where the
context settles it. Counts go to stderr.
"""
import argparse
import collections
import csv
import glob
import os
import re
import sys
import unicodedata

from generated_file import add_output_args, header_date, print_counts, read_tsv, values, write_or_check

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GAZ = os.path.join(ROOT, "gazetteers")
SOURCE_DIR = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources", "partyfacts")
DEFAULT_INPUT = os.path.join(SOURCE_DIR, "partyfacts-core-parties.csv")
DEFAULT_CORPUS = [os.path.join(ROOT, "..", "shared", "data", d)
                  for d in ("bbc-news-fulltext", "ud-english-ewt")]
COMMIT = "764de8978f84ba41a1c88752d6a00b9a4d05f599"
# Parties whose last year is before this are historical: they keep names of
# several words only, and lose a name they share with a party active since.
FIRST_YEAR = 1990

# Party Facts codes that are not ISO 3166-1 ids of countries.tsv but lie in one.
COUNTRY_MAP = {"NIR": "GBR", "ZZB": "TZA"}

# Words that make up generic party names; a one-word name among them is
# dropped, a name made only of them is ambiguous.
GENERIC_WORDS = set("""
a action agrarian alliance alternative and arab bloc center centre change christian citizens
civic coalition communist congress conservative conservatives convention council democracy
democrat democratic democrats development ecologist ecologists ecology equality for forward
freedom front green greens humanist independence independent independents justice labor
labour left liberal liberals list movement nation national nationalist new of order others
party patriotic patriots people people's peoples popular progress progressive radical
rally reform renewal republic republican republicans revolutionary right social socialist
socialists solidarity the to union united unity workers workers' youth
""".split())

PARTY_WORDS = {"party", "partei", "partido", "parti", "partito", "partij", "partia"}

# Heads of organisation names: a name made only of ordinary and generic words
# is kept (as ambiguous) only when it has one ("National Team" is dropped).
HEAD_WORDS = PARTY_WORDS | set("""
alliance assembly association bloc coalition congress convention council federation forum front
league list movement organisation organization rally union
""".split())

# One-word names for groups of people, not parties, in news text.
GROUP_WORDS = set("""
christian christians communists conservatives islamist islamists liberals muslim muslims
principlists reformist reformists right-wingers shi'ite shia sunni unionist unionists
""".split())

# Three-letter acronyms are kept only for parties with at least this share of
# the vote (Party Facts `share`, percent): most of them name other things too.
MIN_SHARE_SHORT_ACRONYM = 5.0


def fold(name):
    """The key two names share when the tagger would treat them alike."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace(".", "").replace("-", " ")
    return " ".join(s.lower().split())


def letters(name):
    return sum(1 for c in name if c.isalpha())


def is_latin(name):
    for c in name:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def is_acronym(s):
    if " " in s or "/" in s:
        return False
    if not 2 <= letters(s) <= 8 or not s[0].isupper():
        return False
    if all(c.isupper() or c.isdigit() or c == "-" for c in s):
        return True
    # Mixed-case abbreviation: a capital after the first letter ("AfD", "MoDem", "HDZ-BiH").
    return letters(s) <= 7 and any(c.isupper() for c in s[1:]) and all(c.isalnum() or c == "-" for c in s)






def common_words(corpora):
    """Words written in lower case in the .txt and .conllu files under the `corpora` folders."""
    words = set()
    for corpus in corpora:
        for path in sorted(glob.glob(os.path.join(corpus, "**", "*.*"), recursive=True)):
            if path.endswith((".txt", ".conllu")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    words.update(re.findall(r"\b[a-z][a-z'-]+", f.read()))
    return words


def read_tsv_plain(path):
    """First column of the non-comment lines of a one-name-a-line list."""
    with open(path, encoding="utf-8") as f:
        return [l.split("\t")[0].strip() for l in f if l.strip() and not l.startswith("#")]


def split_other(text):
    """Latin-script names in a name_other field ("Russian: X; Y, literally ...")."""
    out = []
    for part in re.split(r"\s*[;/]\s*|,\s+(?=[A-Z][a-z]+:)", text):
        part = re.sub(r"^[A-Z][A-Za-z ]{2,30}:\s*", "", part.strip()).strip(" ,;\u200e")
        if part:
            out.append(part)
    return out


def clean(name):
    name = " ".join(name.replace("\u200e", "").split()).strip(" ,;")
    if not name or not name[0].isupper() or not is_latin(name):
        return None
    if any(c in name for c in '()[]"«»:|\t') or len(name.split()) > 10:
        return None
    return name


def load_context(args):
    country_ids, blocked = set(), {}
    for row in read_tsv(args.countries):
        if not row.get("end"):  # a former country (Soviet Union ...) gets no parties
            country_ids.add(row["id"])
        blocked.setdefault(fold(row["id"].split(":")[-1]), "country")
        for v in values(row, "name", "aliases", "acronyms", "demonyms", "capitals", "shortforms"):
            blocked.setdefault(fold(v), "country")
    for row in read_tsv(args.places):
        for v in values(row, "name", "aliases", "acronyms"):
            blocked.setdefault(fold(v), "place")
    for path in args.given_names:
        for row in read_tsv_plain(path):
            blocked.setdefault(fold(row), "given name")
    for path in args.people:
        for row in read_tsv(path):
            for v in values(row, "name", "aliases"):
                blocked.setdefault(fold(v), "person")
    orgs = collections.defaultdict(set)  # country id -> folded names of its organisations
    for row in (r for path in args.organisations for r in read_tsv(path)):
        for v in values(row, "name", "aliases", "acronyms", "shortforms"):
            orgs[row.get("country", "")].add(fold(v))
            blocked.setdefault(fold(v), "organisation")
    return country_ids, blocked, orgs


def build(args):
    country_ids, blocked, orgs = load_context(args)
    common = common_words([c for c in args.corpus if os.path.isdir(c)])
    stats = collections.Counter()
    parties = []
    with open(args.input, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            stats["rows"] += 1
            if row["technical"].strip():
                stats["skipped: technical row (other, unknown, independent ...)"] += 1
                continue
            first, last = row["year_first"].strip(), row["year_last"].strip()
            iso = COUNTRY_MAP.get(row["country"], row["country"])
            country = "country:" + iso
            if country not in country_ids:
                stats["skipped: country code not in countries.tsv"] += 1
                continue
            english = [n for n in (clean(x) for x in row["name_english"].split(" / ")) if n]
            full = english + [n for n in (clean(x) for x in row["name"].split(" / ")) if n]
            full += [n for n in (clean(x) for x in split_other(row["name_other"])) if n]
            short = clean(row["name_short"]) if "/" not in row["name_short"] else None
            acronyms = []
            share = float(row["share"]) if row["share"].strip() else 0.0
            if short and is_acronym(short):
                if letters(short) == 3 and share < MIN_SHARE_SHORT_ACRONYM:
                    stats["acronym dropped: three letters, vote share below 5%"] += 1
                else:
                    acronyms.append(short)
            elif short and " " not in short:
                full.append(short)
            if any(fold(n) in orgs.get(country, ()) for n in full + acronyms):
                stats["skipped: already in organisations.tsv for the same country"] += 1
                continue
            names, seen = [], set()
            for n in full:
                if fold(n) not in seen:
                    seen.add(fold(n))
                    names.append(n)
            acronyms = [a for a in acronyms if fold(a) not in seen]
            parties.append({"pf": int(row["partyfacts_id"]), "country": country,
                            "names": names, "acronyms": acronyms, "start": first, "end": last,
                            "modern": not last or int(last) >= FIRST_YEAR})

    # Names (folded) shared by several parties, and in how many countries.
    owners = collections.defaultdict(set)
    for p in parties:
        for n in p["names"] + p["acronyms"]:
            owners[fold(n)].add((p["pf"], p["country"], p["modern"]))

    def verdict(n, acronym, modern):
        k = fold(n)
        words = k.split()
        if len(words) == 1 and letters(n) < 3:
            return "one word shorter than 3 letters"
        if k in blocked:
            return f"equals a name in the existing gazetteers ({blocked[k]})"
        if len(owners[k]) > 1:
            current = {o for o in owners[k] if o[2]}
            if not modern and current:
                return f"shared with a party active in {FIRST_YEAR} or later"
            rivals = current if modern else owners[k]
            if len(rivals) > 1:
                countries = {c for _, c, _ in rivals}
                return ("shared by parties of different countries" if len(countries) > 1
                        else "shared by two parties of one country")
        if len(words) == 1 and not acronym and letters(n) < 4:
            return "one word shorter than 4 letters"
        if len(words) == 1 and (k in GENERIC_WORDS or k in GROUP_WORDS or k in common
                                or k.rstrip("s") in common or k in PARTY_WORDS):
            return "one ordinary or generic word"
        if (len(words) > 1 and not acronym and not any(w in HEAD_WORDS for w in words)
                and all(w in GENERIC_WORDS or w in common for w in words)):
            return "ordinary words and no party word"
        if acronym and k in common:
            return "acronym that is an ordinary word"
        return None

    out = []
    for p in parties:
        keep, ambiguous = [], []
        for n in p["names"]:
            if not p["modern"] and len(fold(n).split()) == 1:
                stats[f"name dropped: one word, party gone before {FIRST_YEAR}"] += 1
                continue
            why = verdict(n, False, p["modern"])
            if why:
                stats["name dropped: " + why] += 1
                continue
            keep.append(n)
            if len(owners[fold(n)]) > 1:
                stats[f"name kept: shared only with parties gone before {FIRST_YEAR}"] += 1
            if all(w in GENERIC_WORDS or w in HEAD_WORDS or w in common for w in fold(n).split()):
                ambiguous.append(n)
                stats["name kept as ambiguous: only ordinary or generic party words"] += 1
        acr = []
        for a in p["acronyms"]:
            if not p["modern"]:
                stats[f"acronym dropped: party gone before {FIRST_YEAR}"] += 1
                continue
            why = verdict(a, True, p["modern"])
            if why:
                stats["acronym dropped: " + why] += 1
            else:
                acr.append(a)
                if len(owners[fold(a)]) > 1:
                    stats[f"acronym kept: shared only with parties gone before {FIRST_YEAR}"] += 1
        if not keep and not acr:
            stats["skipped: no name left"] += 1
            continue
        name = keep[0] if keep else acr[0]
        aliases = keep[1:]
        if not keep:
            acr = acr[1:]
        out.append((p["country"], p["pf"], name, aliases, acr, ambiguous, p["start"], p["end"]))
        if not p["modern"]:
            stats[f"entries: parties gone before {FIRST_YEAR}"] += 1
    out.sort(key=lambda x: (x[0], x[1]))
    stats["entries"] = len(out)
    stats["names (name, aliases, acronyms)"] = sum(1 + len(x[3]) + len(x[4]) for x in out)
    return out, stats


def render(entries, today):
    head = [
        "# newsgraph political parties, generated from Party Facts. Do not edit: run",
        "# tools/import_partyfacts.py (it reads ../shared/data/gazetteer-sources/partyfacts).",
        "# Source: partyfacts-core-parties.csv (import/elecglob), https://github.com/hdigital/partyfactsdata,",
        f"# commit {COMMIT}; data as of 2020-07. Generated {today}.",
        "# Licence of the source: MIT, Copyright (c) 2022 Party Facts authors. Permission is hereby",
        "# granted, free of charge, to any person obtaining a copy of this software and associated",
        "# documentation files (the \"Software\"), to deal in the Software without restriction,",
        "# including without limitation the rights to use, copy, modify, merge, publish, distribute,",
        "# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is",
        "# furnished to do so, subject to the following conditions: The above copyright notice and this",
        "# permission notice shall be included in all copies or substantial portions of the Software.",
        "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,",
        "# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR",
        "# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR",
        "# ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,",
        "# ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
        "# SOFTWARE.",
        "# Citation asked for: Holger Döring and Sven Regel (2019), Party Facts: A database of political",
        "# parties worldwide, Party Politics 25(2): 97-109, doi:10.1177/1354068818820671.",
        "#",
        "# Current and historical parties; start and end: Party Facts' first and last year (empty end:",
        "# still active in 2020-07). Parties already in organisations.tsv are left there. Ordinary words,",
        "# generic one-word names, names of countries, places, people or other entries, and names",
        f"# shared by two parties are left out, except that a party active in {FIRST_YEAR} or later keeps a",
        f"# name it shares only with parties gone before {FIRST_YEAR}; a party gone before {FIRST_YEAR} keeps",
        "# its names of several words only (no acronyms). Names made only of generic party words are",
        "# listed in `ambiguous`. Id: Party Facts id.",
        "id\ttype\tname\taliases\tacronyms\tambiguous\tkind\tcountry\tstart\tend",
    ]
    lines = [f"org:party-{pf}\tORG\t{name}\t{'|'.join(al)}\t{'|'.join(ac)}\t{'|'.join(am)}\tparty\t{c}"
             f"\t{start}\t{end}"
             for c, pf, name, al, ac, am, start, end in entries]
    return "\n".join(head + lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--organisations", nargs="*",
                    default=[os.path.join(GAZ, "organisations.tsv"), os.path.join(GAZ, "companies.tsv")],
                    help="hand-written lists of organisations (default: organisations.tsv, companies.tsv)")
    ap.add_argument("--countries", default=os.path.join(GAZ, "countries.tsv"))
    ap.add_argument("--places", default=os.path.join(GAZ, "places.tsv"))
    ap.add_argument("--people", nargs="*", default=sorted(glob.glob(os.path.join(GAZ, "people-*.tsv"))))
    ap.add_argument("--corpus", nargs="*", default=DEFAULT_CORPUS,
                    help="folders of English .txt/.conllu files; their lower-case words count as "
                         "ordinary words (none: no folder)")
    ap.add_argument("--given-names", nargs="*", default=[os.path.join(ROOT, "rules", "given_names.tsv")],
                    help="lists of given names (one a line); one-word names among them are dropped")
    add_output_args(ap, os.path.join(GAZ, "parties.tsv"))
    args = ap.parse_args()
    if not os.path.exists(args.input):
        print(f"import_partyfacts: {args.input} not found; skipped", file=sys.stderr)
        return 77
    entries, stats = build(args)
    text = render(entries, header_date(args.output, args.date, args.check))
    status = write_or_check(args.output, text, "import_partyfacts", args.check)
    if args.check or status:
        return status
    print_counts(stats)
    print(f"import_partyfacts: wrote {len(entries)} parties to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
