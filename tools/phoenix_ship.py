"""The shipped Phoenix gazetteers: `tools/import_phoenix.py --ship`.

    tools/import_phoenix.py --ship [--dict DIR] [--known DIR] [--corpus DIR ...]
                            [--given-names FILE ...] [--out-dir gazetteers]
                            [--date YYYY-MM-DD] [--check]

Writes gazetteers/phoenix-people.tsv and gazetteers/phoenix-orgs.tsv from the
PETRARCH2/Phoenix actor dictionaries in ../shared/data/petrarch2-phoenix-
dictionaries (MIT; the Countries file derives from CountryInfo, CC BY-SA 3.0),
with the conversion of import_phoenix.py and stricter choices, since these
files are loaded for every user. --check exits 1 when the committed files are
not what would be written (the date is read from them); the output depends on
the other gazetteers of --known (default gazetteers/, the two files left out),
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
Counts of what was written and dropped, by reason, go to stderr.
"""
import collections
import datetime
import glob
import os
import re
import sys

import import_phoenix as P
from generated_file import committed_date, read_tsv, reads_gazetteer, values, write_or_check

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DICT = os.path.join(ROOT, "..", "shared", "data", "petrarch2-phoenix-dictionaries")
DEFAULT_CORPUS = [os.path.join(ROOT, "..", "shared", "data", d)
                  for d in ("bbc-news-fulltext", "ud-english-ewt")]
DEFAULT_GIVEN = os.path.join(ROOT, "rules", "given_names.tsv")
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
PEOPLE_FILE, ORGS_FILE = "phoenix-people.tsv", "phoenix-orgs.tsv"
PEOPLE_COLUMNS = ["id", "type", "name", "aliases", "shortforms", "role", "affiliation",
                  "start", "end"]
ORG_COLUMNS = ["id", "type", "name", "aliases", "acronyms", "ambiguous", "kind", "country"]
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
        for path in sorted(glob.glob(os.path.join(known_dir, "*.tsv"))):
            if os.path.basename(path) in (PEOPLE_FILE, ORGS_FILE) or not reads_gazetteer(PEOPLE_FILE, path):
                continue
            by_id = collections.defaultdict(list)
            for row in read_tsv(path):
                t = row.get("type", "")
                names = values(row, "name", "aliases")
                if t == "PERSON":
                    self.people.update(P.norm_key(n) for n in names)
                    self.people_ends.update(first_last(n) for n in names)
                    by_id[row.get("id", "")].append(row)
                elif t == "ORG":
                    self.orgs.update(P.norm_key(n) for n in values(
                        row, "name", "aliases", "acronyms", "shortforms"))
                else:
                    for n in values(row, "name", "aliases", "acronyms", "demonyms", "capitals"):
                        self.others.setdefault(P.norm_key(n), t)
                    if t == "COUNTRY" and re.match(r"^country:[A-Z]{3}$", row.get("id", "")):
                        self.countries.add(row["id"][8:])
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


# ---------------------------------------------------------------- output

def header(kind, today, source_files):
    what = {
        "people": "office holders (people with dated government or IGO codes)",
        "orgs": "international organisations, NGOs, companies, media and armed groups",
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
    if kind == "people":
        lines += [
            "CountryInfo: Phoenix.Countries.actors.txt was generated (translate.countryinfo.pl) from",
            "CountryInfo.140130.txt by Philip A. Schrodt (https://github.com/openeventdata/CountryInfo),",
            "funded by the National Science Foundation (SES-1004414, SES-1259190); the CountryInfo file",
            "states that it is licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported",
            "licence (CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/). The office holders",
            "and their dates below derive from it; its attribution and share-alike terms apply to them.",
            "",
            "Roles are the Phoenix agent codes, not titles: \"Government [GOV]\" is a head of state or",
            "government or a minister, \"Government, Health [GOVHLH]\" a health minister. Data ends",
            "about 2014; an empty end means still in office when the source was made. People already in",
            "people-*.tsv are left there. Dates are left out (role and affiliation kept) where a bare",
            "surname could mean someone else: an ordinary word, a given name, another entry's name, a",
            "hand-written office holder's surname, or one the corpus writes for other people or things.",
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

    out_dir = args.out_dir
    sources = [os.path.basename(f) for f in files]
    status = 0
    for kind, rows, columns, fn in (("people", people, PEOPLE_COLUMNS, PEOPLE_FILE),
                                    ("orgs", orgs, ORG_COLUMNS, ORGS_FILE)):
        path = os.path.join(out_dir, fn)
        date = args.date or (committed_date(path) if args.check else None)
        text = render(rows, columns, header(kind, date or datetime.date.today().isoformat(),
                                            sources))
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
    return status
