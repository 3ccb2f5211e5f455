"""The shipped Phoenix gazetteers: `tools/import_phoenix.py --ship`.

    tools/import_phoenix.py --ship [--dict DIR] [--known DIR] [--corpus DIR ...]
                            [--given-names FILE ...] [--out-dir gazetteers]
                            [--date YYYY-MM-DD] [--check]

Writes gazetteers/phoenix-people.tsv, phoenix-orgs.tsv and phoenix-places.tsv
from the PETRARCH2/Phoenix actor dictionaries in ../shared/data/petrarch2-
phoenix-dictionaries (MIT; the Countries file derives from CountryInfo, CC
BY-SA 3.0), with the conversion of import_phoenix.py and stricter choices,
since these files are loaded for every user. --check exits 1 when one of the
committed files is not what would be written (the date is read from it); the
output depends on the other gazetteers of --known (default gazetteers/, the
three files left out; the places also read the people and organisations
written with them),
rules/given_names.tsv and the --corpus texts (default ../shared/data/
bbc-news-fulltext and ud-english-ewt), so rerun it when those change.

People (phoenix-people.tsv): actors with at least one dated office code other
than ELI ("[GBRGOV 970502-070627]": office holders of every country from
CountryInfo, IGO heads from the International file). One line per office;
the role says what the code says, "Government [GOV]", "Government, Health
[GOVHLH]" (the source gives no title such as "Prime Minister"; the bracket
keeps "the Afghan government" from matching a role title), the affiliation is
the country of the code. ELI ("elite") periods are not offices and are left
out.
  * skipped: a person one of whose names is a name or alias of a person of
    the hand-written gazetteers (people-*.tsv), or has the first and last
    word of one ("George Bush" for "George W. Bush"): the hand-written line
    stays the only one.
  * names dropped: a country, place or organisation name of the other
    gazetteers; a name made only of given names whose last word the corpus
    writes before another capitalised word at least as often as after one
    ("Juan Carlos" would take the start of "Juan Carlos Ferrero"). The person
    is skipped when no name is left.
  * dates dropped (role and affiliation kept), so that the tagger's
    bare-surname rule (a capitalised word = the one person of that surname in
    office on the story's date) does not use them: when the surname key (the
    last capitalised word, also the first for East Asian names) is an ordinary
    English word (lower case in the corpus), a given name, a name of the other
    gazetteers or the surname of a hand-written person with a dated role; or
    when the corpus writes it next to another capitalised word that is not one
    of the person's names, a title or an ordinary word ("Sol Campbell",
    "Aston Villa"), or capitalised but never next to the person's other names
    ("Ferrari").
Organisations (phoenix-orgs.tsv): the International file (IGOs, NGOs,
companies, media) and the MilNonState file (armed groups, kind armed-group).
A company code (MNC...) gives kind company whatever its sector chunk.
  * skipped: an organisation one of whose names, aliases or acronyms is a name,
    alias or acronym of an ORG of the other gazetteers (organisations.tsv,
    companies.tsv, parties.tsv, ...); one with a name of a hand-written person (Phoenix files
    people under their group: AQAP's synonyms include Anwar al-Awlaki); one
    whose name looks like a person's (two to four words, the first a given
    name and no organisation or generic word, or initials and a surname:
    "A. G. Kishore"), companies aside; MilNonState's
    militant-group (IMG) entries without an organisation word or acronym
    (mostly people: "HAMBALI__", "UMAR_PATEK__"); offices ("UN Secretary
    General").
  * names dropped: a name made only of agent words (the phrases and nouns of
    Phoenix.agents.txt: "Army", "Rebels", "Security Forces") or a nationality
    and one agent or generic word ("Iraqi Police", "UN Mission"); one word
    that is an ordinary English word (lower case in at least a tenth of its
    uses and 3 times in the corpus), a given name, or shorter than 4 letters;
    a date ("May 15"); a name of a country, place or person of the other
    gazetteers; a name shared by two Phoenix actors; an alias of one word
    (articles aside) of an armed group ("La Liga", "Mavericks").
  * names kept as `ambiguous` (tagged only where the context settles it): a
    name of at most three content words that are all ordinary English words
    ("Landmine Action"), and a company name that looks like a person's
    ("Elizabeth Arden").
  * acronyms dropped: fewer than 3 letters, more than 6 letters (a word in
    capitals), an ordinary English word or a given name in capitals, a country
    code, a name of the other gazetteers, shared by two Phoenix actors;
    three-letter acronyms of companies, NGOs and media (thousands of
    three-letter strings name something else).
  * companies: the name without its legal suffix when two words or more are
    left ("Ford Motor Company" -> "Ford Motor"; "Olin Corporation" keeps it,
    "Olin" alone is a surname), and the suffix's other spelling as an alias
    ("Lear Corp" for "Lear Corporation").
Places (phoenix-places.tsv): the "+" synonyms of the Countries file's country
and territory entries ("AFGHANISTAN_ [AFG]" +KABUL_ +KANDAHAR_ +HELMAND ...)
that are cities, provinces and regions, one line per name, id
phoenix:place-SLUG, `country` the entry's country in countries.tsv: the
country its first name names (MAYOTTE_ [FRA] -> country:MYT), else the code in
force, its territory chunk first when countries.tsv has it ([USAASM] ->
country:ASM, [PSEGZA] -> country:PSE); entries of former countries (an end
date in countries.tsv) are skipped. `source` is the input file, `as_of` the
generation date.
  * type REGION when a word of the name is an administrative division or an
    area (province, governorate, oblast, region, district, state, county,
    republic, island(s), peninsula, desert, valley, ...), or the comment of
    its source line has one, or an earlier line of the entry has one in the
    plural ("+HELMAND # Other provinces ..." covers the lines after it);
    else CITY.
  * names: title case, particles between two parts in lower case
    ("Mazar-i-Sharif", "Sar-e Pol", "Deir ez-Zor", "Ras al-Ain", "Newcastle
    upon Tyne"; not first or last: "Al Hasakah", "Hoi An"), an
    administrative word at the end in lower case ("Logar province"; a
    lower-case word of a name matches either way).
  * dropped, counted by reason: CountryInfo lists the country's own names
    first (spellings, translations, nicknames, demonyms), then the capital
    and the cities, or the capital first and the names after it (USA): names
    before the entry's first capital of countries.tsv are left out, and when
    a known place of the country (places.tsv) comes after that capital, so
    are the names up to the last spelling variant before it; without a
    capital the first known place stands for it, and an entry of a
    country's name with neither gives nothing. Everywhere: a spelling
    variant, long form or part of the country's names in countries.tsv (and
    of variants found before it): the same letters without spaces, one
    inside the other as whole words ("Soviet Occupied Afghanistan",
    "Zealand"), a name of 5 letters or more inside it with at most 3 more,
    at most one edit per 4 letters ("Afgjanistan"), or a shared start of 4
    letters covering 60% of the longer one ("Argentinos"); a demonym (the
    country's start and a demonym ending, "-sman"/"-swoman" words, a last
    word that is a demonym of countries.tsv) or the start of a name of the
    country or of one of its known places ("Scot"); an acronym or
    abbreviation; rivers, lakes, seas, mountains and landmarks (a word such
    as River, Lake, Mount, Sierra, Square, Palace) and a one-word name that
    is a river's, lake's or mountain's short form in the same entry
    ("Volga" next to "Volga River"); a name of countries.tsv, places.tsv or
    another gazetteer's non-person entry (name, alias, capital, demonym); a
    person's full name; an organisation's name that the organisation does
    not list as ambiguous; part of another country's name ("Timor", East
    Timor); one word shorter than 4 letters; ordinary English words (the
    organisations' test for one word, any lower-case use in the corpus for
    each word of a longer name); one word that is a given name (rules/
    given_names.tsv or a first word of a gazetteer person) or the surname of
    a person of people-*.tsv; a name listed for two countries.
  * `ambiguous` (tagged only where the context settles it): one word that
    is the surname of a person of the generated lists (us-congress.tsv,
    phoenix-people.tsv), or a name an organisation lists as ambiguous (a
    club's town: "Leeds").
Counts of what was written and dropped, by reason, go to stderr.
"""
import collections
import glob
import os
import re
import sys

import import_phoenix as P
from generated_file import (GENERATION_ORDER, header_date, read_tsv, reads_gazetteer, values,
                            write_or_check)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DICT = os.path.join(ROOT, "..", "shared", "data", "petrarch2-phoenix-dictionaries")
DEFAULT_CORPUS = [os.path.join(ROOT, "..", "shared", "data", d)
                  for d in ("bbc-news-fulltext", "ud-english-ewt")]
DEFAULT_GIVEN = os.path.join(ROOT, "rules", "given_names.tsv")
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
PEOPLE_FILE, ORGS_FILE, PLACES_FILE = "phoenix-people.tsv", "phoenix-orgs.tsv", "phoenix-places.tsv"
PEOPLE_COLUMNS = ["id", "type", "name", "aliases", "shortforms", "role", "affiliation",
                  "start", "end"]
ORG_COLUMNS = ["id", "type", "name", "aliases", "acronyms", "ambiguous", "kind", "country"]
PLACE_COLUMNS = ["id", "type", "name", "ambiguous", "country", "source", "as_of"]
EAST_ASIA = {"country:CHN", "country:KOR", "country:PRK", "country:TWN", "country:VNM"}

# Legal suffixes of company names, removed for the name ("Ecolab Inc").
LEGAL_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
                  "limited", "plc", "llc", "lp", "l", "sa", "ag", "nv", "se", "spa",
                  "ab", "asa", "bhd", "pty", "holdings"}
# Words before a surname that are no given name ("Mr Blunkett").
TITLES = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "baroness", "baron", "st",
          "saint", "rev", "prof", "professor", "president", "minister", "secretary", "senator",
          "chancellor", "premier", "governor", "ambassador", "commissioner", "treasurer",
          "mp", "mep", "qc", "jr", "sr", "ii", "iii"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "a",
                  "an", "&", "de", "du", "des", "la", "le", "el", "al", "del"}

MIT_NOTICE = """\
The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


# ---------------------------------------------------------------- context





def first_last(name):
    """("george", "bush") for "George W. Bush": a name without its middle
    names and initials."""
    words = P.norm_key(name).split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def surname_keys(name, east_asian):
    """The keys the tagger's bare-surname rule files a person under: the last
    capitalised word not continuing a hyphenated word, and the first one too
    for East Asian names (newsgraph's ner/coref.cc ShortForms)."""
    words = []
    for tok in name.split():
        parts = tok.split("-")
        if parts[0][:1].isupper():
            words.append(parts[0])
    if len(words) < 2:
        return []
    keys = [P.norm_key(words[-1])]
    if east_asian:
        keys.append(P.norm_key(words[0]))
    return keys


class Context:
    """What the other gazetteers, the given-name list and the corpus say."""

    def __init__(self, known_dir, given_files, corpora):
        self.people = set()          # names and aliases of hand-written people
        self.people_ends = set()     # their (first word, last word) pairs
        self.office_surnames = set()  # surname keys of hand-written dated office holders
        self.orgs = set()            # names, aliases, acronyms of ORG entries
        self.others = {}             # other names -> type (COUNTRY, CITY, ...)
        self.countries = set()       # ISO codes of COUNTRY ids ("KOR")
        self.country_rows = {}       # COUNTRY id -> its row (places: names, end date)
        self.org_ambiguous = set()   # names an ORG lists as ambiguous (a club's town)
        self.first_words = set()     # first words of people's names (given names)
        self.surnames = {}           # last words of people's names -> "hand" or "generated"
        self.place_country = {}      # CITY and REGION names -> their country id
        self.demonyms = set()        # demonyms of countries.tsv
        self.country_words = []      # (COUNTRY id, words of one of its names)
        for path in sorted(glob.glob(os.path.join(known_dir, "*.tsv"))):
            if (os.path.basename(path) in (PEOPLE_FILE, ORGS_FILE, PLACES_FILE)
                    or not reads_gazetteer(PEOPLE_FILE, path)):
                continue
            by_id = collections.defaultdict(list)
            generated = os.path.basename(path) in GENERATION_ORDER
            for row in read_tsv(path):
                t = row.get("type", "")
                names = values(row, "name", "aliases")
                if t == "PERSON":
                    self.people.update(P.norm_key(n) for n in names)
                    self.people_ends.update(first_last(n) for n in names)
                    by_id[row.get("id", "")].append(row)
                    self.add_person_words(names, generated)
                elif t == "ORG":
                    self.orgs.update(P.norm_key(n) for n in values(
                        row, "name", "aliases", "acronyms", "shortforms"))
                    self.org_ambiguous.update(P.norm_key(n) for n in values(row, "ambiguous"))
                else:
                    for n in values(row, "name", "aliases", "acronyms", "demonyms", "capitals"):
                        self.others.setdefault(P.norm_key(n), t)
                    if t in ("CITY", "REGION") and row.get("country"):
                        for n in values(row, "name", "aliases"):
                            self.place_country.setdefault(P.norm_key(n), row["country"])
                    if t == "COUNTRY" and re.match(r"^country:[A-Z]{3}$", row.get("id", "")):
                        self.countries.add(row["id"][8:])
                        self.country_rows[row["id"]] = row
                        self.demonyms.update(P.norm_key(n) for n in values(row, "demonyms"))
                        for n in values(row, "name", "aliases"):
                            self.country_words.append((row["id"], P.norm_key(n).split()))
            for rows in by_id.values():
                if any(r.get("start") for r in rows):
                    east = any(r.get("affiliation") in EAST_ASIA for r in rows)
                    for r in rows:
                        for n in values(r, "name", "aliases"):
                            self.office_surnames.update(surname_keys(n, east))
        self.given = set()
        for path in given_files:
            for row in read_tsv(path):
                self.given.add(P.norm_key(row.get("name", "")))
        self.lower, self.capital, pairs = case_counts([c for c in corpora if os.path.isdir(c)])
        self.before = collections.defaultdict(collections.Counter)
        self.after = collections.defaultdict(collections.Counter)
        for (a, b), n in pairs.items():
            self.before[b][a] += n
            self.after[a][b] += n

    def add_person_words(self, names, generated):
        """Records the first and last words of a person's names; a surname of
        a hand-written person stays "hand" whatever else has it."""
        for n in names:
            words = P.norm_key(n).split()
            if len(words) < 2:
                continue
            self.first_words.add(words[0])
            if self.surnames.get(words[-1]) != "hand":
                self.surnames[words[-1]] = "generated" if generated else "hand"

    def ordinary(self, word, strict=True):
        """Is `word` (any case) an English word? strict: written in lower case
        at all in the corpus texts; else at least 3 times and in at least a
        tenth of its uses ("google" and "sony" appear in lower case too).
        Words of import_phoenix.COMMON_WORDS are ordinary either way."""
        w = P.strip_accents(word).lower().strip(".'")
        if w.upper() in P.COMMON_WORDS:
            return True
        for v in (w, w[:-1] if w.endswith("s") else None):
            if not v:
                continue
            n = self.lower.get(v, 0)
            if (n > 0 if strict else n >= 3 and 10 * n >= n + self.capital.get(v, 0)):
                return True
        return False

    def first_name_use(self, word):
        """Is `word` written before another capitalised word at least as often
        as after one ("Carlos" in "Juan Carlos Ferrero", "Carlos Moya")?"""
        return (sum(self.after.get(word, {}).values())
                >= sum(self.before.get(word, {}).values()))

    def shared_surname(self, e, keys):
        """Does the corpus use a surname key of person `e` for someone or
        something else? Yes when a capitalised word other than the person's
        own names, a title or an ordinary word stands next to it ("Sol
        Campbell", "Aston Villa"), or when the corpus has the word
        capitalised but never next to the person's other names ("Ferrari")."""
        own = set()
        for n in [e.name] + e.aliases:
            for w in n.split():
                own.add(w.lower())
                own.update(P.norm_key(w).split())
        for k in keys:
            near = self.before.get(k, collections.Counter()) + self.after.get(k, collections.Counter())
            others = [w for w in near if w not in own and w.upper() not in P.TITLE_WORDS
                      and w not in TITLES and not self.ordinary(w)]
            if others:
                return True
            if self.capital.get(k, 0) > 0 and not any(near[w] for w in own if w != k):
                return True
        return False

    def non_person(self, key):
        """The type of another gazetteer entry that has this name, or None."""
        if key in self.orgs:
            return "ORG"
        return self.others.get(key)


def case_counts(corpora):
    """Counts over the .txt files and the sentences (# text) of the .conllu
    files under the `corpora` folders, web addresses left out: how often
    each word is written in lower case and capitalised, and how often two
    capitalised words follow each other ("sol campbell")."""
    lower, capital, pairs = collections.Counter(), collections.Counter(), collections.Counter()
    for corpus in corpora:
        for path in sorted(glob.glob(os.path.join(corpus, "**", "*.*"), recursive=True)):
            if not path.endswith((".txt", ".conllu")):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if path.endswith(".conllu"):
                text = "\n".join(l[9:] for l in text.split("\n") if l.startswith("# text = "))
            prev = None
            for tok in text.split():
                if "/" in tok or "@" in tok or "www" in tok or re.search(r"\.[a-z]", tok):
                    prev = None
                    continue
                words = re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]", tok)
                for w in words:
                    if w[0].islower():
                        lower[w.lower()] += 1
                    elif w[1:].islower():
                        capital[w.lower()] += 1
                whole = re.fullmatch(r"[\"'(]*([A-Z][A-Za-z'-]*[a-z])('s|\W*)", tok)
                if whole and prev:
                    pairs[(prev, whole.group(1).lower())] += 1
                # Only a bare capitalised word continues a name.
                prev = whole.group(1).lower() if whole and not whole.group(2) else None
    return lower, capital, pairs


def agent_phrases(path):
    """The agent phrases of Phoenix.agents.txt, as comparison keys
    ("SECURITY_FORCES" -> "security forces"), with plurals; !MINIST! and
    !PERSON! expanded."""
    macros = {"!minist!": ["minister", "ministers", "ministry", "ministries"],
              "!person!": ["", "man", "men", "woman", "women", "person"]}
    out = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
    except OSError:
        return out
    for line in lines:
        s = line.split("#", 1)[0].strip()
        if not s or "[" not in s or s.startswith("!") and "=" in s:
            continue
        head, _, rest = s.partition("[")
        forms = [head.split("{", 1)[0]]
        m = re.search(r"\{([^}]*)\}", head)
        if m:
            forms += m.group(1).split()
        for form in forms:
            variants = [form.lower().replace("_", " ")]
            for macro, repl in macros.items():
                variants = [v.replace(macro, " %s " % r) if macro in v else v
                            for v in variants for r in (repl if macro in v else [None])]
            for v in variants:
                k = P.norm_key(v)
                if k:
                    out.update((k, k + "s", k + "es"))
    return out


# ---------------------------------------------------------------- people

def ship_person(e, ctx, stats):
    """Filters a PERSON entry in place; returns False when it is not shipped."""
    offices = [r for r in e.roles if (r[2] or r[3]) and not r[0].startswith("Elite")]
    if not offices:
        stats["person skipped: no dated office code (undated, or ELI periods only)"] += 1
        return False
    names = [e.name] + e.aliases
    if any(P.norm_key(n) in ctx.people for n in names):
        stats["person skipped: already in people-*.tsv (name or alias)"] += 1
        return False
    if any(first_last(n) in ctx.people_ends for n in names):
        # "George Bush" next to people-g20.tsv's "George W. Bush": the same
        # person or a namesake the tagger could not tell apart.
        stats["person skipped: first and last name of a person of people-*.tsv"] += 1
        return False
    kept = []
    for n in names:
        words = P.norm_key(n).split()
        if ctx.non_person(P.norm_key(n)):
            stats["person name dropped: a country, place or organisation name"] += 1
        elif (all(w in ctx.given or w in P.PARTICLES_LOWER for w in words)
              and ctx.first_name_use(words[-1])):
            # "Juan Carlos" would take the start of "Juan Carlos Ferrero".
            stats["person name dropped: only given names, the last one mostly a given name"] += 1
        else:
            kept.append(n)
    if not kept:
        stats["person skipped: no name left"] += 1
        return False
    e.name, e.aliases = kept[0], kept[1:]
    shorts = []
    for s in e.shortforms:
        k = P.norm_key(s)
        if ctx.ordinary(s) or k in ctx.given or ctx.non_person(k) or k in ctx.people:
            stats["person short form dropped: ordinary word, given name or other name"] += 1
        else:
            shorts.append(s)
    e.shortforms = shorts
    east = any(r[1] in EAST_ASIA for r in offices)
    keys = set()
    for n in [e.name] + e.aliases:
        keys.update(surname_keys(n, east))
    risky = [k for k in keys if ctx.ordinary(k) or k in ctx.given or ctx.non_person(k)
             or k in ctx.people or k in ctx.office_surnames]
    if risky:
        stats["person dates dropped: surname is an ordinary word, given name, other name "
              "or a hand-written office holder's surname"] += 1
        offices = [(r[0], r[1], "", "") for r in offices]
    elif ctx.shared_surname(e, keys):
        stats["person dates dropped: the corpus writes the surname for someone or something "
              "else (Sol Campbell, Aston Villa)"] += 1
        offices = [(r[0], r[1], "", "") for r in offices]
    e.roles = list(dict.fromkeys(offices))
    stats["person role lines"] += len(e.roles)
    return True


# ---------------------------------------------------------------- organisations

SUFFIX_SPELLINGS = [("Corporation", "Corp"), ("Company", "Co"), ("Incorporated", "Inc"),
                    ("Limited", "Ltd")]


def suffix_variants(name):
    """'Lear Corporation' -> ['Lear Corp']: the other spelling of a legal suffix."""
    words = name.split()
    if len(words) < 2:
        return []
    last = words[-1].rstrip(".")
    for long, short in SUFFIX_SPELLINGS:
        if last.lower() in (long.lower(), short.lower()):
            other = short if last.lower() == long.lower() else long
            return [" ".join(words[:-1] + [other])]
    return []


def prepare_org(e, stats):
    """Kind and names of an ORG entry before ids are given: a company code
    (MNC) is a company whatever its sector chunk (MNCGBRMED is Vodafone), a
    MilNonState entry an armed group; a company name loses its legal suffix
    when two words or more are left ("Ford Motor Company" -> "Ford Motor";
    "Olin Corporation" keeps it: "Olin" alone is a surname), and gets the
    suffix's other spelling as an alias ("Lear Corp")."""
    if e.source_kind == "international" and e.first_chunk == "MNC":
        e.kind = "company"
    if e.source_kind == "milnonstate" and e.kind not in ("armed-group", "party"):
        e.kind = "armed-group"
    if e.kind != "company":
        return
    names = [e.name] + e.aliases
    out = []
    for n in names:
        short = strip_legal_suffix(n)
        if short and len([w for w in short.split() if w.lower() not in FUNCTION_WORDS]) >= 2:
            out.append(short)
            stats["company name without its legal suffix added"] += 1
        out.append(n)
        out.extend(suffix_variants(n))
    out = list(dict.fromkeys(out))
    e.name, e.aliases = out[0], out[1:]


def strip_legal_suffix(name):
    """'Ecolab Inc' -> 'Ecolab'; None when there is no suffix or nothing left."""
    words = name.split()
    n = len(words)
    while n > 1 and words[n - 1].lower().strip(".,") in LEGAL_SUFFIXES:
        n -= 1
    if n == len(words) or n == 0:
        return None
    while n > 1 and words[n - 1].lower() in FUNCTION_WORDS:
        n -= 1
    return " ".join(words[:n]).rstrip(",")


class OrgFilter:
    def __init__(self, ctx, phrases, nouns, iso_codes, given):
        self.ctx = ctx
        self.given = ctx.given | {P.norm_key(g) for g in given}
        self.phrases = phrases      # agent phrases (comparison keys)
        self.nouns = {w.lower() for w in nouns}
        self.generic = {w.lower() for w in P.COMMON_WORDS} | self.nouns
        self.nationality = {w.lower() for w in P.NATIONALITY_WORDS}
        self.iso = iso_codes

    def org_worded(self, n):
        return P.has_org_word(n.upper().split())

    def person_like(self, n, curated_only=False):
        """Two to four words, the first a given name (of rules/given_names.tsv,
        or also one learnt from Phoenix's dated people), no organisation,
        generic or function word after it."""
        words = P.norm_key(n).split()
        given = self.ctx.given if curated_only else self.given
        if 2 <= len(n.split()) <= 4 and all(re.match(r"^[A-Z]\.$", t) for t in n.split()[:-1]):
            return True  # "A. G. Kishore"
        return (2 <= len(words) <= 4 and not self.org_worded(n) and words[0] in given
                and not any(w in self.generic or w in FUNCTION_WORDS for w in words[1:]))

    def name_verdict(self, n, kind):
        """Why the name `n` is dropped, 'ambiguous', or None to keep it."""
        k = P.norm_key(n)
        words = k.split()
        if not words:
            return "empty"
        t = self.ctx.non_person(k)
        if t and t != "ORG":
            return "a country or place name"
        if k in self.ctx.people:
            return "a person's name"
        if re.match(r"^[A-Z0-9&.-]+$", n.replace("The ", "")):
            why = self.acronym_verdict(n, kind)
            return "capitals only: " + why if why else None
        if any(w in MONTHS for w in words) and any(w.isdigit() for w in words) and len(words) <= 3:
            return "a date (May 15)"
        content = [w for w in words if w not in FUNCTION_WORDS]
        # "Afghan National Army", "Iraqi Police": nationality words first.
        core = list(content)
        while core and (core[0] in self.nationality or self.ctx.others.get(core[0]) == "COUNTRY"):
            core = core[1:]
        agent = " ".join(core) in self.phrases or all(w in self.nouns for w in core)
        if (not core or (core == content and agent and len(core) <= 2)
                or (core != content and len(core) == 1 and (agent or core[0] in self.generic)
                    and kind not in ("company", "news"))):
            return "agent or generic words (Army, Rebels, Security Forces, Iraqi Police ...)"
        if len(content) == 1:
            w = content[0]
            if sum(c.isalpha() for c in w) < 4:
                return "one word shorter than 4 letters"
            if w in self.ctx.given:
                return "one word, a given name"
            if self.ctx.ordinary(w, strict=False) or w in self.generic:
                return "one ordinary word"
        elif len(content) <= 3 and all(self.ctx.ordinary(w, strict=False) or w in self.generic
                                       for w in content):
            return "ambiguous"
        return None

    def acronym_verdict(self, a, kind):
        bare = a.replace(".", "").replace("-", "").replace("&", "")
        letters = sum(c.isalpha() for c in bare)
        if letters < 3:
            return "fewer than 3 letters"
        if self.ctx.ordinary(bare) or bare.lower() in self.generic:
            return "an ordinary English word"
        if P.norm_key(bare) in self.ctx.given:
            return "a given name"
        if letters > 6 and not re.search(r"[\d-]", a):
            return "more than 6 letters (a word in capitals)"
        if bare.upper() in self.iso or bare.upper() in P.PHOENIX_COUNTRIES:
            return "a country code"
        if self.ctx.non_person(P.norm_key(a)) or P.norm_key(a) in self.ctx.people:
            return "a name of the other gazetteers"
        if letters == 3 and kind in ("company", "ngo", "news", ""):
            return "three letters, company, NGO or media"
        return None


def ship_org(e, filt, stats):
    names = [e.name] + e.aliases
    if any(P.norm_key(n) in filt.ctx.orgs for n in names + e.acronyms):
        stats["org skipped: already in organisations.tsv, companies.tsv, parties.tsv ... (name, alias or acronym)"] += 1
        return False
    if any(P.norm_key(n) in filt.ctx.people for n in names):
        stats["org skipped: a person of people-*.tsv (Phoenix codes people by their group)"] += 1
        return False
    company = e.kind == "company"
    if filt.person_like(e.name) and not company:
        stats["org skipped: the name looks like a person's (given name or initials first)"] += 1
        return False
    if (e.source_kind == "milnonstate" and e.first_chunk == "IMG" and not e.acronyms
            and not any(filt.org_worded(n) for n in names)):
        # MilNonState's militant-group (IMG) block is mostly people:
        # "HAMBALI__ [IMGSEAMUSJMA]", "UMAR_PATEK__".
        stats["org skipped: militant-group (IMG) code and no organisation word (mostly people)"] += 1
        return False
    kept, ambiguous = [], []
    for i, n in enumerate(names):
        why = filt.name_verdict(n, e.kind)
        if (not why and i > 0 and e.kind == "armed-group" and not n.isupper()
                and len([w for w in P.norm_key(n).split() if w not in FUNCTION_WORDS]) == 1):
            why = "one-word alias of an armed group (\"La Liga\", \"Mavericks\")"
        if why in (None, "ambiguous") and filt.person_like(n, curated_only=company):
            # "Eli Lilly", "Morgan Stanley": a company may keep a person's name,
            # tagged only where the context settles it.
            why = "person-like company name" if company else "looks like a person's name"
        if why in ("ambiguous", "person-like company name"):
            ambiguous.append(n)
            kept.append(n)
            stats["org name kept as ambiguous: " + (
                "only ordinary words" if why == "ambiguous" else why)] += 1
        elif why:
            stats["org name dropped: " + why] += 1
        else:
            kept.append(n)
    acrs = []
    for a in e.acronyms:
        why = filt.acronym_verdict(a, e.kind)
        if why:
            stats["org acronym dropped: " + why] += 1
        else:
            acrs.append(a)
    if not kept and acrs and len(acrs[0]) >= 3:
        kept, acrs = [acrs[0]], acrs[1:]
    if not kept:
        stats["org skipped: no name left"] += 1
        return False
    e.name, e.aliases, e.acronyms = kept[0], kept[1:], acrs
    e.ambiguous = ambiguous
    return True


# ---------------------------------------------------------------- places

# A word of the name that makes a place a REGION: administrative divisions,
# and areas that are no town (islands, a peninsula, a desert, a valley).
REGION_WORDS = {"province", "provinces", "governorate", "governorates", "oblast", "krai", "kray",
                "okrug", "region", "regions", "district", "districts", "state", "states",
                "territory", "prefecture", "prefectures", "department", "departement",
                "county", "counties", "canton", "municipality", "autonomous", "republic",
                "island", "islands", "isle", "isles", "pulau", "isla", "ilha", "iles",
                "archipelago", "peninsula", "desert", "valley", "coast", "plain", "plateau",
                "highlands", "strip"}
# Administrative words written in lower case at the end of a name ("Logar
# province"): a lower-case word of a name may be written either way.
LOWER_REGION_WORDS = {"province", "governorate", "oblast", "krai", "kray", "okrug", "region",
                      "district", "prefecture"}
# Waters, mountains and landmarks (a square, a park, a palace, a road) are
# neither a town nor a region; a one-word name is their short form when the
# entry also has it with one of these words ("Volga" and "Volga River").
LANDFORM_WORDS = {"river", "lake", "sea", "gulf", "golfo", "bay", "bight", "reef", "strait",
                  "straits", "channel", "canal", "fjord", "fiord", "gorge", "canyon", "mount",
                  "mountain", "mountains", "mt", "peak", "pico", "range", "hills", "alps",
                  "volcano", "volcan", "nevado", "sierra", "jebel", "shan", "jiang", "kiang",
                  "falls", "glacier", "ocean", "lagoon", "dam", "square", "park",
                  "palace", "way", "purchase", "tree", "estate"}
# The words after whose removal the rest names the same landform ("Volga"),
# not a town by it ("Trondheim" next to "Trondheim Fjord").
SHORT_FORM_LANDFORMS = {"river", "lake", "mount", "mountain", "mountains", "mt", "peak",
                        "volcano", "volcan", "nevado", "range", "hills"}
# Written in lower case between two parts of a place name: "Mazar-i-Sharif",
# "Sar-e Pol", "Deir ez-Zor", "Ras al-Ain", "Rostov on Don", "Newcastle upon
# Tyne", "Frankfurt an der Oder" (not first or last: "Al Hasakah", "Hoi An").
PLACE_PARTICLES = {"i", "e", "al", "el", "ez", "es", "ed", "et", "ul", "ud", "ur", "az", "as",
                   "ash", "ad", "an", "ar", "at", "ath", "de", "del", "della", "der", "des", "di",
                   "du", "da", "das", "do", "dos", "la", "le", "les", "y", "am", "na", "on",
                   "upon", "sur", "en", "of", "the", "and", "aan", "op"}
# Endings of demonyms ("Argentinean", "Kuwaiti", "Bahamian").
DEMONYM_ENDINGS = ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "ers", "er", "ic",
                   "ines", "ine", "ites", "ite", "ots", "ot", "ais", "ois", "iens", "ienne", "ien",
                   "is", "i", "os", "o", "s")


def place_title(tokens):
    """News capitalisation of a place name from its upper-case tokens:
    particles between two parts in lower case (PLACE_PARTICLES), an
    administrative word at the end in lower case ("Logar province"), the
    rest capitalised like import_phoenix's names ("Cox's Bazar", "St. John's")."""
    parts = []
    for i, tok in enumerate(tokens):
        for k, p in enumerate(re.split(r"([-/])", tok)):
            if p:
                parts.append((i, p, k == 0))
    out, last = [], len(parts) - 1
    for n, (i, p, starts_token) in enumerate(parts):
        if p in ("-", "/"):
            text = p
        elif 0 < n < last and p.lower() in PLACE_PARTICLES:
            text = p.lower()
        elif n == last and n > 0 and starts_token and p.lower() in LOWER_REGION_WORDS:
            text = p.lower()
        else:
            text = P.cap_part(p)
        out.append((" " if starts_token and n > 0 else "") + text)
    return "".join(out)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def contains_words(words, part):
    k = len(part)
    return k > 0 and any(words[i:i + k] == part for i in range(len(words) - k + 1))


def country_variant(key, names):
    """Is the place key `key` a spelling, long form or part of one of the
    country's names `names` (comparison keys)? The same letters once spaces
    are gone ("Bangla Desh"), a name inside the other as whole words ("Soviet
    Occupied Afghanistan", "Zealand"), a name of 5 letters or more inside it
    with at most 3 letters more ("Americansamoa"), at most one edit per 4
    letters ("Afgjanistan", "Arbania"), or a shared start of 4 letters or more
    covering 60% of the longer one ("Argentinos")."""
    words, a = key.split(), key.replace(" ", "")
    for n in names:
        nw, b = n.split(), n.replace(" ", "")
        if not b:
            continue
        if (a == b or contains_words(words, nw) or contains_words(nw, words)
                or (len(b) >= 5 and b in a and len(a) - len(b) <= 3)
                or (len(a) >= 4 and levenshtein(a, b) <= max(1, len(b) // 4))):
            return True
        p = common_prefix(a, b)
        if p >= 4 and p >= 0.6 * max(len(a), len(b)):
            return True
    return False


def demonym_like(key, names, places, ctx):
    """Is `key` a demonym or a truncated name? The start of a country's name
    `names` (at least 3 letters and half the name) and a demonym ending, at
    most 5 letters after the shared start ("Argentinean", "Bahamian"); a
    word for a person of a nation ("Englishman", "Scotswoman"); a last word
    that is a demonym of countries.tsv ("Northern Irish"); the start of a
    name of the country or of one of its known places `places` ("Scot")."""
    a = key.replace(" ", "")
    if re.search(r"(sh|s|ch)(man|men|woman|women)$", a):
        return True
    if len(key.split()) > 1 and key.split()[-1] in ctx.demonyms:
        return True
    for n in names:
        b = n.replace(" ", "")
        p = common_prefix(a, b)
        if p >= 3 and 2 * p >= len(b) and len(a) - p <= 5 and a.endswith(DEMONYM_ENDINGS):
            return True
    return any(len(a) >= 4 and len(b) > len(a) and b.startswith(a)
               for b in (n.replace(" ", "") for n in list(names) + list(places)))


class PlaceSource:
    """One country or territory entry of the Countries file, the country id
    its places get, the names spelling variants are compared with, and
    whether its first name is a country's name."""

    def __init__(self, group, country, compare, named):
        self.group, self.country, self.compare, self.named = group, country, compare, named


def place_sources(groups, conv, ctx, stats):
    """The country and territory entries of the Countries file, each with the
    country id of countries.tsv its places belong to: the country the entry's
    first name is a name of (MAYOTTE_ [FRA] -> country:MYT), else the code in
    force (no end date, the last one) read as the people part reads it, its
    territory chunk first when countries.tsv has it ([USAASM] -> country:ASM,
    [PSEGZA] -> country:PSE). Entries of former countries (an end date in
    countries.tsv: Soviet Union, East Germany) and of codes without a country
    are skipped. The names compared for spelling variants: the country's
    name, aliases and demonyms in countries.tsv, and the entry's first name
    when it is a country's name or its code has a territory chunk."""
    out = []
    for g in groups:
        if P.file_kind(g.path) != "countries" or g.discard or not g.codes or not g.names:
            continue
        if not all(conv.is_place_code(c.code)
                   and not any(ch in P.AGENTS for ch in P.chunks(c.code)[1:]) for c in g.codes):
            continue  # people and institutions ([USAASMGOV ...])
        first = P.clean_phrase(g.names[0][0])
        first_key = P.norm_key(" ".join(first.tokens)) if first else ""
        named = [cid for cid, row in sorted(ctx.country_rows.items())
                 if first_key in (P.norm_key(n) for n in values(row, "name", "aliases"))]
        current = [c for c in g.codes if not c.end] or g.codes
        ch = P.chunks(current[-1].code)
        if named:
            country = named[0]
        else:
            country = ""
            for chunk in reversed(ch):
                cid = "country:" + conv.country_of(chunk) if conv.country_of(chunk) else ""
                if cid in ctx.country_rows:
                    country = cid
                    break
        row = ctx.country_rows.get(country)
        if row is None:
            stats["place entry skipped: its code names no country of countries.tsv"] += 1
            continue
        if row.get("end"):
            stats["place entry skipped: a former country (%s)" % country] += 1
            continue
        compare = {P.norm_key(n) for n in values(row, "name", "aliases", "demonyms")}
        if first_key and (named or len(P.chunks(g.codes[0].code)) > 1):
            compare.add(first_key)
        out.append(PlaceSource(g, country, compare, bool(named)))
    return out


def source_comments(path):
    """line number -> the comment of that line of an actor file ("+HELMAND #
    Other provinces ...")."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for no, line in enumerate(f, 1):
            if "#" in line and not line.lstrip().startswith("#"):
                out[no] = line.split("#", 1)[1].replace("_", " ").strip().lower()
    return out


class Place:
    def __init__(self, key, name, country, kind, line):
        self.key, self.name, self.country, self.type, self.line = key, name, country, kind, line
        self.ambiguous, self.id = [], None


def place_candidates(src, comments, ctx, stats):
    """The names of one entry that can be places, as Place objects, after the
    checks that need only the entry: damaged names, waters, mountains and
    landmarks and their short forms, spelling variants, long forms and parts
    of the country's names, demonyms, acronyms, and the country's own names.
    CountryInfo lists the country's names first (spellings, translations,
    nicknames, demonyms), then the capital and the cities, and sometimes the
    capital first (USA): names up to the first capital of the country, or
    up to the last spelling variant when that comes later, are the country's
    names. Without a capital the first known place of the country
    (places.tsv) stands for it; an entry of a country's name that has
    neither yields only what follows its last spelling variant.
    The type is REGION when the name has a word of REGION_WORDS, or the
    comment of its source line has one ("+LOGAR_PROVINCE # disambig" aside,
    "+RAMCIEL # likely to become a federal district"), or an earlier line of
    the entry has a comment with one in the plural ("+HELMAND # Other
    provinces ..." for the lines after it); else CITY."""
    g = src.group
    phrases = []
    for raw, where in g.names:
        ph = P.clean_phrase(raw.replace("?", ""))
        if ph is None:
            stats["place name dropped: damaged or empty"] += 1
            continue
        phrases.append((ph.tokens, P.norm_key(" ".join(ph.tokens)),
                        int(where.rsplit(":", 1)[1])))
    row = ctx.country_rows[src.country]
    capitals = {P.norm_key(n) for n in values(row, "capitals")}
    known = [k for k, c in ctx.place_country.items() if c == src.country] + sorted(capitals)
    landform_short = set()
    for _, key, _ in phrases:
        words = key.split()
        if any(w in SHORT_FORM_LANDFORMS for w in words):
            rest = [w for w in words if w not in LANDFORM_WORDS and w not in ("of", "the")]
            landform_short.add(" ".join(rest))
    compare = set(src.compare)
    verdicts, variants = [], []
    for i, (tokens, key, line) in enumerate(phrases):
        words = key.split()
        why = None
        if not words or re.search(r"\d", key):
            why = "damaged or empty"
        elif any(w in LANDFORM_WORDS for w in words) or key in landform_short:
            why = "a river, lake, sea, mountain or landmark (or its short form)"
        elif country_variant(key, compare):
            compare.add(key)  # "Shqiperise" after "Shqiperia"
            why = "a spelling variant, long form or part of the country's name"
            variants.append(i)
        elif demonym_like(key, compare, known, ctx):
            why = "a demonym or the start of a place's name"
        elif ((len(words) == 1 and not set(key) & set("aeiouy")) or all(len(w) <= 2 for w in words)
              or any(re.search(r"\.\w", t) for t in tokens)):
            why = "an acronym or abbreviation (no vowel, words of 1-2 letters, inner dots)"
        verdicts.append(why)
    cap = next((i for i, (_, key, _) in enumerate(phrases) if key in capitals), None)
    place = next((i for i, (_, key, _) in enumerate(phrases)
                  if ctx.place_country.get(key) == src.country and key not in capitals), None)
    if cap is None and place is None:
        start = len(phrases) if src.named else 0
    elif cap is None:
        start = place
    elif place is not None and place > cap:
        start = max([cap] + [i + 1 for i in variants if i < place])
    else:
        start = cap
    out, block_region = [], False
    for i, ((tokens, key, line), why) in enumerate(zip(phrases, verdicts)):
        comment = re.findall(r"[a-z]+", comments.get(line, ""))
        line_region = any(w in REGION_WORDS for w in comment)
        if any(w in REGION_WORDS and w.endswith("s") and w[:-1] in REGION_WORDS | {"provinc"}
               for w in comment):
            block_region = True
        if not why and i < start:
            why = "before the capital or the last spelling variant (the country's own names)"
        if why:
            stats["place name dropped: " + why] += 1
            continue
        region = line_region or block_region or any(w in REGION_WORDS for w in key.split())
        out.append(Place(key, place_title(tokens), src.country, "REGION" if region else "CITY",
                         line))
    return out


def place_verdict(p, ctx, shipped):
    """Why the place name is dropped, "ambiguous", or None. `shipped`: the
    names of the Phoenix people and organisations written with it."""
    k, words = p.key, p.key.split()
    t = ctx.others.get(k)
    if t:
        return "a name of countries.tsv or places.tsv (name, alias, capital, demonym)"
    if k in ctx.people or k in shipped["people"]:
        return "a person's name"
    if (k in ctx.orgs or k in shipped["orgs"]) and k not in ctx.org_ambiguous | shipped["ambiguous"]:
        return "an organisation's name"
    if any(cid != p.country and len(cw) > len(words) and contains_words(cw, words)
           for cid, cw in ctx.country_words):
        return "part of another country's name (Timor, East Timor)"
    content = [w for w in words if w not in PLACE_PARTICLES] if len(words) > 1 else words
    if len(content) == 1 and sum(c.isalpha() for c in content[0]) < 4:
        return "one word shorter than 4 letters"
    if content and all(ctx.ordinary(w, strict=len(content) > 1) or w.upper() in P.COMMON_WORDS
                       for w in content):
        return "ordinary English words"
    if len(words) == 1:
        if k in ctx.given or k in ctx.first_words:
            return "a given name"
        if ctx.surnames.get(k) == "hand":
            return "the surname of a person of people-*.tsv"
        if ctx.surnames.get(k) or k in shipped["surnames"] or k in ctx.org_ambiguous:
            return "ambiguous"
    if k in ctx.orgs or k in shipped["orgs"]:
        return "ambiguous"
    return None


def ship_places(groups, conv, ctx, kept, stats):
    """The places of the Countries file's country entries (see the module
    docstring), sorted by id."""
    shipped = {"people": set(), "orgs": set(), "ambiguous": set(), "surnames": set()}
    for e in kept:
        names = [P.norm_key(n) for n in [e.name] + e.aliases]
        if e.type == "PERSON":
            shipped["people"].update(names)
            shipped["surnames"].update(n.split()[-1] for n in names if len(n.split()) > 1)
        else:
            shipped["orgs"].update(names + [P.norm_key(a) for a in e.acronyms])
            shipped["ambiguous"].update(P.norm_key(a) for a in e.ambiguous)
    comments = {}
    cands = []
    for src in place_sources(groups, conv, ctx, stats):
        path = src.group.path
        if path not in comments:
            comments[path] = source_comments(path)
        cands.extend(place_candidates(src, comments[path], ctx, stats))
    countries = collections.defaultdict(set)
    for p in cands:
        countries[p.key].add(p.country)
    by_key = {}
    for p in cands:
        if len(countries[p.key]) > 1:
            stats["place name dropped: listed for two countries"] += 1
            continue
        if p.key in by_key:
            continue  # the same name twice in one entry
        why = place_verdict(p, ctx, shipped)
        if why and why != "ambiguous":
            stats["place name dropped: " + why] += 1
            continue
        if why:
            p.ambiguous = [p.name]
            stats["place name kept as ambiguous: also a surname or an organisation's name"] += 1
        by_key[p.key] = p
    places = list(by_key.values())
    for p in places:
        p.id = "phoenix:place-" + P.slugify(p.name)
    taken = set()
    for p in sorted(places, key=lambda p: (p.id, p.country, p.key)):
        base, n = p.id, 2
        while p.id in taken:  # "Tal'afar" and "Talafar"
            p.id = "%s-%d" % (base, n)
            n += 1
        taken.add(p.id)
    places.sort(key=lambda p: p.id)
    for p in places:
        stats["place written: " + p.type] += 1
    return places


# ---------------------------------------------------------------- output

def header(kind, today, source_files):
    what = {
        "people": "office holders (people with dated government or IGO codes)",
        "orgs": "international organisations, NGOs, companies, media and armed groups",
        "places": "cities and regions of the country entries",
    }[kind]
    lines = [
        "newsgraph gazetteer: %s, generated from the PETRARCH2 / Phoenix actor" % what,
        "dictionaries. Do not edit: run tools/import_phoenix.py --ship (it reads",
        "../shared/data/petrarch2-phoenix-dictionaries). Generated %s." % today,
        "Source: %s," % ", ".join(source_files),
        "https://github.com/openeventdata/petrarch2 (data/dictionaries), commit %s." % COMMIT,
        "Licence of the source (the actor files' own notice; the repository's LICENSE says",
        "\"Copyright (c) 2014 Open Event Data\"):",
        "",
    ] + MIT_NOTICE.split("\n") + [""]
    if kind in ("people", "places"):
        lines += [
            "CountryInfo: Phoenix.Countries.actors.txt was generated (translate.countryinfo.pl) from",
            "CountryInfo.140130.txt by Philip A. Schrodt (https://github.com/openeventdata/CountryInfo),",
            "funded by the National Science Foundation (SES-1004414, SES-1259190); the CountryInfo file",
            "states that it is licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported",
            "licence (CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/). The %s"
            % ("office holders" if kind == "people" else "place names"),
            "%s below derive from it; its attribution and share-alike terms apply to them."
            % ("and their dates" if kind == "people" else "and their countries"),
            "",
        ]
    if kind == "people":
        lines += [
            "Roles are the Phoenix agent codes, not titles: \"Government [GOV]\" is a head of state or",
            "government or a minister, \"Government, Health [GOVHLH]\" a health minister. Data ends",
            "about 2014; an empty end means still in office when the source was made. People already in",
            "people-*.tsv are left there. Dates are left out (role and affiliation kept) where a bare",
            "surname could mean someone else: an ordinary word, a given name, another entry's name, a",
            "hand-written office holder's surname, or one the corpus writes for other people or things.",
        ]
    elif kind == "places":
        lines += [
            "The cities, provinces and regions a country entry lists among its synonyms (\"+KANDAHAR_\"),",
            "with the country of the entry, so that a visit or deployment to a place counts for its",
            "country. REGION when the name or a comment of the source says province, region, state,",
            "district ... or island, peninsula, desert, valley; else CITY. Left out: the names listed",
            "before the capital (the country's own names), spelling variants, long forms and parts of",
            "the country's name, demonyms, acronyms, rivers, lakes, seas, mountains and landmarks,",
            "names countries.tsv or places.tsv already have, names of people and organisations, parts",
            "of another country's name, ordinary English words, given names, surnames of",
            "people-*.tsv, one word under 4 letters, names listed for two countries, entries of former",
            "countries. A name that is also the surname of a person of a generated list or a name an",
            "organisation marks as ambiguous is in `ambiguous`.",
            "source: the input file; as_of: the generation date.",
        ]
    else:
        lines += [
            "Organisations already in organisations.tsv, companies.tsv or parties.tsv are left there.",
            "Names made of agent or generic words, ordinary one-word names, names of countries, places",
            "or people, short and ordinary acronyms are left out; names made only of ordinary words are",
            "listed in `ambiguous`.",
        ]
    return ["# " + l if l else "#" for l in lines]


def render(rows, columns, head):
    body = ["\t".join(r[c] for c in columns) for r in rows]
    return "\n".join(head + ["\t".join(columns)] + body) + "\n"


def person_rows(e):
    rows = []
    for i, (role, aff, start, end) in enumerate(sorted(
            e.roles, key=lambda r: (r[2] or "9999", r[3], r[0], r[1]))):
        first = i == 0
        rows.append({
            "id": e.id, "type": "PERSON", "name": P.clean_field(e.name),
            "aliases": "|".join(P.clean_field(a) for a in e.aliases) if first else "",
            "shortforms": "|".join(P.clean_field(s) for s in e.shortforms) if first else "",
            "role": P.clean_field(role), "affiliation": aff, "start": start, "end": end})
    return rows


def place_row(p, source, date):
    return {"id": p.id, "type": p.type, "name": P.clean_field(p.name),
            "ambiguous": "|".join(P.clean_field(a) for a in p.ambiguous),
            "country": p.country, "source": source, "as_of": date}


def org_row(e):
    return {"id": e.id, "type": "ORG", "name": P.clean_field(e.name),
            "aliases": "|".join(P.clean_field(a) for a in e.aliases),
            "acronyms": "|".join(P.clean_field(a) for a in e.acronyms),
            "ambiguous": "|".join(P.clean_field(a) for a in e.ambiguous),
            "kind": e.kind, "country": e.country}




def run(args):
    """--ship: builds both files; returns the exit status."""
    dict_dirs = args.dict or [DEFAULT_DICT]
    files = P.collect_inputs(dict_dirs)
    if not files:
        print("import_phoenix: no *.actors.txt in %s; skipped" % ", ".join(dict_dirs),
              file=sys.stderr)
        return 77
    rep = P.Reporter(args.quiet or args.check)
    groups = []
    for path in files:
        try:
            groups.extend(P.read_dictionary(path, rep))
        except OSError as err:
            print("import_phoenix: %s: cannot read: %s" % (path, err.strerror), file=sys.stderr)
            return 1
    agents_file = args.agents or os.path.join(os.path.dirname(os.path.abspath(files[0])),
                                              "Phoenix.agents.txt")
    ctx = Context(args.known, args.given_names, args.corpus)
    # Country codes: ISO 3166-1 and the ids of the known countries.tsv.
    iso = P.load_iso() | ctx.countries
    conv = P.Converter(iso, P.COMMON_WORDS | P.read_agent_nouns(agents_file))
    conv.learn_given_names(groups)
    filt = OrgFilter(ctx, agent_phrases(agents_file), P.read_agent_nouns(agents_file), iso,
                     conv.given)
    stats = collections.Counter()
    stats["place name dropped: listed for two countries"] = 0

    entries = []
    for g in groups:
        e = conv.convert(g)
        if e is None:
            continue
        e.source_kind = P.file_kind(g.path)
        e.first_chunk = P.chunks(g.codes[0].code)[0]
        e.ambiguous = []
        if e.type == "ORG" and e.source_kind not in ("international", "milnonstate"):
            stats["org skipped: Countries file (national institutions are not shipped)"] += 1
            continue
        if e.type == "ORG":
            prepare_org(e, stats)
        entries.append(e)
    for k, v in conv.skipped.items():
        stats["source actor skipped: " + k] += v
    entries = P.assign_ids(entries, "phoenix", stats)
    kept = []
    for e in entries:
        ok = ship_person(e, ctx, stats) if e.type == "PERSON" else ship_org(e, filt, stats)
        if ok:
            kept.append(e)
    # Names and acronyms shared by two shipped actors, or equal to another
    # entry's name, are dropped (import_phoenix.filter_names).
    known = collections.defaultdict(set)
    for k in ctx.people:
        known[k].add("PERSON")
    for k in ctx.orgs:
        known[k].add("ORG")
    for k, t in ctx.others.items():
        known[k].add(t)
    kept, drops = P.filter_names(kept, known, stats)
    for k, v in drops.items():
        stats["name dropped: " + k] += v
    for e in kept:
        e.ambiguous = [a for a in e.ambiguous if a == e.name or a in e.aliases]
    kept.sort(key=lambda e: e.id)

    people, orgs, names_by_id = [], [], {}
    for e in kept:
        rows = person_rows(e) if e.type == "PERSON" else [org_row(e)]
        bad = None
        for r in rows:
            full = {c: r.get(c, "") for c in P.COLUMNS}
            bad = P.validate(full, "phoenix", names_by_id)
            if bad:
                break
        if bad:
            stats["rejected by validation"] += 1
            print("import_phoenix: %s: %s (%s); not written" % (e.source, bad, e.id),
                  file=sys.stderr)
            continue
        names_by_id[e.id] = rows[0]["name"]
        (people if e.type == "PERSON" else orgs).extend(rows)

    places = ship_places(groups, conv, ctx, kept, stats)

    out_dir = args.out_dir
    sources = [os.path.basename(f) for f in files]
    place_sources_used = sorted({os.path.basename(g.path) for g in groups
                                 if P.file_kind(g.path) == "countries"})
    status = 0
    for kind, rows, columns, fn in (("people", people, PEOPLE_COLUMNS, PEOPLE_FILE),
                                    ("orgs", orgs, ORG_COLUMNS, ORGS_FILE),
                                    ("places", places, PLACE_COLUMNS, PLACES_FILE)):
        path = os.path.join(out_dir, fn)
        date = header_date(path, args.date, args.check)
        if kind == "places":
            rows = [place_row(p, "|".join(place_sources_used), date) for p in rows]
        text = render(rows, columns, header(kind, date, place_sources_used
                                            if kind == "places" else sources))
        status |= write_or_check(path, text, "import_phoenix", args.check)
    if args.check:
        return status
    n_people = len({r["id"] for r in people})
    n_names = sum(len([v for c in ("name", "aliases", "acronyms") for v in r.get(c, "").split("|") if v])
                  for r in people + orgs if r["name"])
    n_names -= len(people) - n_people  # a person's later role lines repeat the name
    for k in sorted(stats):
        print("  %s: %d" % (k, stats[k]), file=sys.stderr)
    print("import_phoenix: %d malformed source lines skipped" % rep.malformed, file=sys.stderr)
    print("import_phoenix: wrote %d people (%d role lines) to %s and %d organisations to %s; "
          "%d names" % (n_people, len(people), os.path.join(out_dir, PEOPLE_FILE), len(orgs),
                        os.path.join(out_dir, ORGS_FILE), n_names), file=sys.stderr)
    print("import_phoenix: wrote %d places to %s" % (len(places), os.path.join(out_dir, PLACES_FILE)),
          file=sys.stderr)
    return status
