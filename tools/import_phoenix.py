#!/usr/bin/env python3
"""Converts PETRARCH/Phoenix actor dictionaries into a newsgraph gazetteer.

    tools/import_phoenix.py --dict DIR_OR_FILES... -o OUT.tsv [--prefix phoenix]
    tools/import_phoenix.py --ship [--check]   # gazetteers/phoenix-{people,orgs,places}.tsv

--ship writes the three gazetteers newsgraph ships, a stricter selection with
the source's MIT notice in their headers: see tools/phoenix_ship.py. What
follows is the user-side conversion.

The Phoenix dictionaries (github.com/openeventdata/petrarch2, MIT licence;
the country actors derive from CountryInfo, CC BY-SA 3.0) are NOT part of
newsgraph: this tool reads them where the user keeps them and writes the
full converted gazetteer wherever the user says (it refuses a path inside the
newsgraph checkout, where only the --ship selection belongs). Load the result with
`newsgraph tag - --add-gazetteer OUT.tsv` (the input before the option: it
takes several values and would take a '-' after it for a gazetteer).

A directory given to --dict contributes its *.actors.txt files, sorted by
name. Standard library only; the output is deterministic.

Source format (TABARI/PETRARCH actor dictionary):
    NAME_WITH_UNDERSCORES_  [CODE]  # comment    primary phrase, optional code
    +SYNONYM_                                      synonym of the entry
    <TAB>[CODE 010120-090120]                      date-restricted code
    <TAB>[CODE >20120219]  [CODE <631231]          open ranges
Dates are YYMMDD (YY <= 30 is 20YY, as in PETRARCH) or YYYYMMDD. Primary
lines without a code that directly follow each other share the codes that
come after them (PETRARCH's own reading); a blank line closes such a
code-less run. A line of spaces and a comment ("  # CountryInfo.txt") is a
primary line whose name was lost: it and what follows it up to the next
primary line are dropped. Codes are 3-letter chunks: a country (ISO 3166-1 alpha-3 or
a Phoenix historical code) or a sector (IGO, NGO, MNC, IMG, ...), then agent
chunks (GOV, MIL, ELI, REB, ...): USAGOV, AFGGOVAGR, IGOUNOKID.

What becomes what (the heuristic):
  * Countries file: an entry whose first code is a place code (a bare country
    code like [AFG], or country + territory like [USAASM], [SUNRUS]) is
    skipped: gazetteers/countries.tsv covers countries.
  * A name containing an organisation word (ARMY, COUNCIL, PARTY, MINISTRY,
    FRONT, FOUNDATION, INC, JAISH, ...) once leading titles are removed, a
    name starting with "The" or holding "of the", and any entry with a
    company or media code (MNC..., MED...) is an ORG.
  * Otherwise an entry with at least one dated code (the "[USAGOV 010120-
    090120]" role lines) is a PERSON, in any file: the Countries file's dated
    entries are office holders; International's are IGO leaders (Kofi Annan),
    MilNonState's are group leaders (Ahmed Yassin).
  * An undated entry is a PERSON when its name has 2-4 words and starts with
    a given name (a first word of at least 3 dated people of the same input:
    "EDWARD_SNOWDEN [USAOPP]", "AYMAN_AL_ZAWAHIRI [IMGMUSALQ]"). Everything
    else is an ORG.
  * ORG names that are offices ("US Secretary of Defense", "UN Secretary
    General": the last word before any of/for/to is an office) are skipped.
  * People whose name is a single word once leading titles are removed
    ("Foreign Minister Abdullah" -> "Abdullah"), or ends with an initial
    ("GEORGE_P"), are skipped unless a synonym gives a full name.
Fields:
  id        PREFIX:person-SLUG or PREFIX:org-SLUG (ASCII). Entries with the same
            id are merged when their countries agree (the later name becomes
            an alias), otherwise the id gets the country ("-afg") or a number.
  name      title-cased from underscores; particles (al, bin, de, van, von,
            ...) and function words (of, the, and) lower-case; leading titles
            stripped from people; syllables after a hyphen lower-case for
            people of KOR, PRK, CHN, TWN ("Kim Jong-un"), and other people
            with short hyphenated parts get that spelling as an alias too
            (a capitalised part must be capitalised in the text).
  aliases   + synonyms, cleaned the same way; dropped: single common English
            words (built-in list plus the single-word nouns of Phoenix.agents.txt
            when it sits next to the actor files), names shorter than 3
            letters, damaged names (U+FFFD, control bytes), names that another
            imported entry also uses, names that look like a person for an ORG
            or like an organisation for a PERSON. A person's one-word synonyms
            ("KARZAI") go to `shortforms` (valid only in a document that names
            the person fully), not to aliases.
  acronyms  single-token names that are initialisms of another name of the
            entry, have no vowel or a digit, or were written with dots
            ("U.N."), and parenthesised "(AAIA)".
  role      PERSON: the agent chunks' meaning and the chunks themselves,
            "Government [GOV]", "Government, Agriculture [GOVAGR]"; the raw
            code when nothing maps.
  affiliation  country:ISO3 when the code's first 3 letters are an ISO 3166-1
            alpha-3 code (/usr/share/iso-codes/json/iso_3166-1.json).
  start, end   from the date restriction, YYYY-MM-DD. A person gets one line
            per dated code (lines sharing the id merge in the loader).
  country, kind  ORG: country:ISO3 from the code, kind from the agent chunks
            (military, intelligence, party, igo, ngo, company, news, ...).
Entries whose name or full-name aliases are already names of newsgraph's own
gazetteers (--known, default: gazetteers/ next to this tool) are skipped, and
aliases that are known names are dropped, so that the import adds actors
without making known ones ambiguous.

Malformed source lines are reported as FILE:LINE: reason on stderr and
skipped. Counts go to stderr. Exit status: 0 on success, 1 when an input
cannot be read or nothing was converted, 2 for bad usage.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import sys
import time
import unicodedata

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
TOOL = "tools/import_phoenix.py"

# ---------------------------------------------------------------- code tables

# Agent codes (CAMEO / Phoenix.agents.txt) -> role text.
AGENTS = {
    "GOV": "Government", "MIL": "Military", "ELI": "Elite", "REB": "Rebel",
    "OPP": "Opposition", "JUD": "Judiciary", "LEG": "Legislature",
    "COP": "Police", "SPY": "Intelligence", "BUS": "Business", "MED": "Media",
    "EDU": "Education", "HLH": "Health", "AGR": "Agriculture",
    "LAB": "Labour", "ENV": "Environment", "HRI": "Human Rights",
    "DEV": "Development", "REF": "Refugees", "CVL": "Civilians",
    "CRM": "Criminal", "UAF": "Armed Forces (unaligned)",
    "PTY": "Political Party", "REL": "Religion", "MUS": "Muslim",
    "CHR": "Christian", "CTH": "Catholic", "JEW": "Jewish", "HIN": "Hindu",
    "BUD": "Buddhist", "RAD": "Radical", "MOD": "Moderate", "PPL": "People",
    "INS": "Insurgent", "SEP": "Separatist", "IGO": "Intergovernmental Organisation",
    "NGO": "Non-governmental Organisation", "MNC": "Multinational Corporation",
    "IMG": "International Militant Group", "NGM": "Non-governmental Movement",
    "SET": "Settler", "SHI": "Shia", "SNI": "Sunni", "PRO": "Protesters",
    "UNO": "United Nations", "WBK": "World Bank", "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization", "NAT": "NATO", "KID": "Children",
    "HCR": "UNHCR", "HCH": "High Commissioner for Human Rights",
    "WHO": "World Health Organization", "ALQ": "al-Qaeda", "HMS": "Hamas",
    "ISI": "Islamic State", "TAL": "Taliban", "HEZ": "Hezbollah",
    "WST": "Western", "EUR": "Europe", "EEC": "European Community",
    "EFT": "EFTA", "OPC": "OPEC", "ITP": "Interpol", "EAF": "East Africa",
    "EAC": "East African Community", "LAM": "Latin America", "SAS": "South Asia",
    "SAA": "SAARC", "HRW": "Human Rights Watch", "IAE": "IAEA", "AMN": "Amnesty International",
    "RCR": "Red Cross", "MSF": "Medecins Sans Frontieres", "OAS": "OAS", "AFR": "Africa",
    "ASA": "Asia", "MEA": "Middle East", "ARL": "Arab League", "ICJ": "ICJ",
    "SEA": "Southeast Asia", "SCN": "Scandinavia", "ASN": "ASEAN", "WAF": "West Africa",
    "ILO": "ILO",
}
# Chunks that open a sector code (no country): [MNCUSA], [IGOUNO], [NGO].
SECTORS = {"IGO", "NGO", "MNC", "IMG", "MED", "ELI", "HIN", "BAH", "MOS", "NGM",
           "INT", "BUS", "REL", "CHR", "MUS", "JEW", "BUD", "UAF", "REB", "OPP",
           "CVL", "CRM", "LAB", "EDU", "HLH", "REF", "HRI", "ENV", "DEV", "AGR",
           "SPY", "COP", "JUD", "LEG", "GOV", "MIL", "PTY", "SEP", "INS", "RAD"}
# Phoenix country codes that are not ISO 3166-1 alpha-3 today.
PHOENIX_COUNTRIES = {"CSK", "DDR", "KNT", "KSV", "KOS", "SUN", "USR", "SCG",
                     "TMP", "YUG", "FRY", "SRP", "KRJ", "FRN", "ROM", "ZAR",
                     "BYS", "WSB", "GZS", "PSE"}
PHOENIX_TO_ISO = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "FRN": "FRA"}
# ORG kind from agent chunks, most specific first.
KIND_ORDER = [("SPY", "intelligence"), ("JUD", "court"), ("PTY", "party"),
              ("MED", "news"), ("MIL", "military"), ("COP", "agency"),
              ("REB", "armed-group"), ("INS", "armed-group"), ("SEP", "armed-group"),
              ("UAF", "armed-group"), ("IMG", "armed-group"), ("IGO", "igo"),
              ("NGO", "ngo"), ("MNC", "company"), ("BUS", "company"),
              ("GOV", "government"), ("LEG", "government")]

# ---------------------------------------------------------------- word lists

ORG_WORDS = set("""
ARMY ARMIES FORCE FORCES COUNCIL COUNCILS COMMITTEE COMMITTEES PARTY PARTIES
MINISTRY MINISTRIES DEPARTMENT OFFICE AGENCY AGENCIES BUREAU SERVICE SERVICES
COMMISSION AUTHORITY ASSEMBLY PARLIAMENT CONGRESS SENATE COURT TRIBUNAL
GOVERNMENT REGIME ADMINISTRATION CABINET JUNTA POLICE GUARD GUARDS CORPS
BRIGADE BRIGADES BATTALION BATTALIONS REGIMENT DIVISION UNIT FRONT MOVEMENT
ORGANIZATION ORGANISATION ORGANIZATIONS ORGANISATIONS ASSOCIATION FEDERATION
UNION LEAGUE ALLIANCE COALITION GROUP GROUPS NETWORK SOCIETY FOUNDATION FUND
INSTITUTE INSTITUTION CENTER CENTRE UNIVERSITY COLLEGE SCHOOL ACADEMY BANK
COMPANY CORPORATION CORP INC LTD LIMITED PLC CO GMBH HOLDINGS INDUSTRIES
INTERNATIONAL SYSTEMS TECHNOLOGIES TECHNOLOGY PARTNERS ENTERPRISES PRODUCTS
RESOURCES MEDIA NEWS TIMES POST PRESS TELEVISION RADIO AIRLINES AIRWAYS MOTORS
ENERGY PETROLEUM OIL GAS TELECOM COMMUNICATIONS PHARMACEUTICALS BRANDS FOODS
FARMS STORES MISSION PROGRAMME PROGRAM PROJECT INITIATIVE CAMPAIGN WATCH
RIGHTS SECRETARIAT DIRECTORATE COMMAND HEADQUARTERS NAVY MARINES MILITIA
MILITIAS RIFLES MUJAHIDEEN MUJAHIDIN TALIBAN FACTION CELLS CELL NUCLEI
COMMANDOS SQUAD SQUADS RESISTANCE REPUBLIC KINGDOM EMIRATE CALIPHATE
DECLARATION CHARTER CHURCH PALACE HOUSE STREET TEAM BOARD PANEL OBSERVATORY
NATIONS COMMUNITY CLUB CONFERENCE FORUM CARTEL GANG SYNDICATE MAFIA
TRUST CAPITAL FINANCIAL INSURANCE SECURITIES INVESTMENTS LABORATORIES
PHARMA SOLUTIONS NETWORKS FELLOWSHIP BROTHERHOOD ORDER COOPERATIVE AID
RELIEF CHARITY CHARITIES HOSPITAL SOVIET NATIONALITIES
JAISH JAYSH KATAEB KATAIB KATIBAT KATIBA LIWA LIWAA HARAKAT HARAKAH JABHAT
JABHA HIZB HEZB JAMAAT JAMAAH JAMIAT TANZIM FAYLAQ SARAYA MAJLIS TEHRIK
TEHREEK LASHKAR SIPAH JUNDALLAH JUND COUNCIL'S COMMITTEE'S ARMY'S PARTY'S
""".split())

# Offices and people's roles: an ORG whose name holds one of these before any
# "of"/"for"/"to" is an office ("US Secretary of Defense"), not an organisation.
OFFICE_WORDS = set("""
PRESIDENT VICE-PRESIDENT PRESIDENTS SECRETARY SECRETARY-GENERAL MINISTER
MINISTERS PREMIER CHANCELLOR AMBASSADOR AMBASSADORS ATTORNEY REPRESENTATIVE
DIRECTOR CHAIRMAN SPOKESMAN SPOKESWOMAN SPOKESPERSON OFFICIAL OFFICIALS
PEACEKEEPER PEACEKEEPERS SOLDIER SOLDIERS LEADER LEADERS CHIEF KING QUEEN
PRINCE JUSTICES OFFICER OFFICERS TROOPS DIPLOMAT DIPLOMATS ENVOY
COMMISSIONER GOVERNOR MAYOR POTUS GENERAL
""".split())

# Leading words removed from people's names ("FOREIGN_MINISTER_ABDULLAH").
TITLE_WORDS = set("""
PRESIDENT VICE VICE-PRESIDENT PRIME MINISTER FOREIGN DEFENSE DEFENCE INTERIOR
FINANCE ACTING DEPUTY SECRETARY SECRETARY-GENERAL GENERAL KING QUEEN PRINCE
PRINCESS CROWN EMIR CHAIRMAN CHAIRWOMAN PREMIER CHANCELLOR FORMER LEADER
SENATOR GOVERNOR AMBASSADOR DR DR. MR MR. MRS MRS. MS MS. REFORMER COMMANDER
COLONEL COL. GEN. LT. CAPTAIN ADMIRAL JUDGE SPEAKER MAYOR CARDINAL
ARCHBISHOP BISHOP AYATOLLAH GRAND CHIEF STATE AFFAIRS COMMUNIST SPOKESMAN
PRESIDENT-ELECT PRIME-MINISTER GOV GOV. SEN SEN. REP. MAJ. CAPT. ADM. SGT.
AMB. PRES. MIN. SEC. PROF. PROF REV. HON. SENATOR-ELECT
OPPOSITION REBEL MILITANT ISLAMIST DICTATOR
""".split())
NATIONALITY_WORDS = set("""
US U.S. UN U.N. UNITED NATIONS STATES SOVIET RUSSIAN AMERICAN BRITISH CHINESE
FRENCH GERMAN AFGHAN IRAQI IRANIAN ISRAELI PALESTINIAN SYRIAN TURKISH
EGYPTIAN SAUDI PAKISTANI INDIAN JAPANESE KOREAN NORTH SOUTH UKRAINIAN
LIBYAN LEBANESE JORDANIAN YEMENI SUDANESE SOMALI NIGERIAN KENYAN
""".split())
# Words after which one more word belongs to the title: "SECRETARY OF STATE".
TITLE_LINKS = {"OF", "FOR", "THE"}

PARTICLES = set("""
AL EL BIN BINT IBN DE DEL DELLA DER DEN DES DI DA DAS DO DOS DU LA LE VAN VON
Y TER TEN ZU UL UD ED AD AS ASH AZ ATH AN AR OF THE AND FOR IN ON AT TO BY
WITH OR ET UND E
""".split())

PARTICLES_LOWER = {p.lower() for p in PARTICLES}

# Frequent English words: a one-word synonym that is one of these is not a
# name ("SENATE", "REGIME"). Extended at run time with the one-word nouns of
# Phoenix.agents.txt when that file sits next to the actor files.
COMMON_WORDS = set("""
THE OF AND TO IN FOR ON WITH AT BY FROM AS INTO ABOUT OVER AFTER BEFORE UNDER
A AN ONE TWO NEW OLD GREAT HIGH LOW BIG SMALL GOOD BAD LONG LAST FIRST NEXT
NORTH SOUTH EAST WEST CENTRAL NATIONAL FEDERAL STATE STATES PEOPLE PEOPLES
PUBLIC POPULAR GENERAL SUPREME ROYAL ISLAMIC ISLAM ARAB ARABS CHRISTIAN
REPUBLIC DEMOCRATIC DEMOCRACY FREEDOM FREE LIBERTY JUSTICE UNITY PEACE WAR
ARMY NAVY POLICE GOVERNMENT REGIME COUNCIL CONGRESS SENATE PARLIAMENT COURT
PARTY FRONT UNION LEAGUE MOVEMENT COMMITTEE ASSEMBLY CABINET MINISTRY OFFICE
AGENCY BUREAU SERVICE COMMISSION PRESIDENT MINISTER PREMIER CHANCELLOR KING
QUEEN PRINCE LEADER CHIEF CHAIRMAN SECRETARY GOVERNOR MAYOR JUDGE GENERAL
ADMIRAL COLONEL CAPTAIN MAJOR SERGEANT OFFICER SOLDIER SOLDIERS TROOPS
FORCES FORCE MILITARY SECURITY DEFENSE DEFENCE INTELLIGENCE INTERIOR FOREIGN
FINANCE ECONOMY TRADE LABOR LABOUR HEALTH EDUCATION ENERGY OIL GAS WATER
LAND HOME HOUSE PALACE WHITE BLACK RED GREEN BLUE GOLD SILVER STAR SUN MOON
LIGHT FIRE STORM THUNDER LIGHTNING EAGLE EAGLES LION LIONS TIGER TIGERS WOLF
WOLVES HAWK HAWKS FALCON FALCONS DRAGON SWORD SHIELD VOICE HOPE FAITH LOVE
TRUTH LIFE DEATH MARTYR MARTYRS VICTORY GLORY HONOR HONOUR PRIDE REVOLUTION
REVOLUTIONARY RESISTANCE JIHAD CALL DAWN SPRING SUMMER WINTER AUTUMN
CAPITAL CITY TOWN VILLAGE PROVINCE REGION DISTRICT COUNTY WORLD GLOBAL
INTERNATIONAL UNITED NATIONS COMMUNITY SOCIETY ASSOCIATION FOUNDATION FUND
BANK COMPANY GROUP NETWORK CENTER CENTRE INSTITUTE UNIVERSITY COLLEGE
SCHOOL CHURCH MOSQUE TEMPLE MISSION PROJECT PROGRAM PROGRAMME ACTION
DEVELOPMENT RELIEF AID CARE HELP SUPPORT RIGHTS HUMAN HUMANITY CHILDREN
CHILD WOMEN WOMAN MEN MAN FAMILY FRIENDS FRIENDSHIP BROTHERS SISTERS YOUTH
STUDENTS WORKERS FARMERS MEDIA NEWS PRESS TIMES POST DAILY RADIO TELEVISION
OBSERVER WATCH MONITOR AMERICA AMERICAN EUROPE EUROPEAN AFRICA AFRICAN ASIA
ASIAN SOVIET WESTERN EASTERN NORTHERN SOUTHERN COMMUNIST SOCIALIST LIBERAL
CONSERVATIVE NATIONALIST PATRIOTIC PATRIOTS LIBERATION INDEPENDENCE
COMMAND BRIGADE BRIGADES BATTALION SQUAD CELL CELLS UNIT UNITS DIVISION
SPECIAL OPERATIONS EMERGENCY RESCUE TASK TEAM BOARD PANEL ORDER LAW RULE
STREET ROAD BRIDGE GATE WALL TOWER CASTLE FORT CAMP BASE PORT AIRPORT
GOD LORD SAINT HOLY SACRED DIVINE SPIRIT SOUL HEART MIND HAND HANDS EYE
OFFICIAL OFFICIALS SPOKESMAN DIPLOMAT AMBASSADOR ENVOY DELEGATION
ADMINISTRATION AUTHORITY AUTHORITIES STAFF MEMBERS SUPPORTERS REBELS
MILITANTS INSURGENTS TERRORISTS GUERRILLAS FIGHTERS GUNMEN ATTACKERS
GOVERNOR'S PRESIDENCY KINGDOM EMPIRE EMIRATE COLONY TERRITORY ISLAND
ISLANDS COAST VALLEY RIVER MOUNTAIN MOUNTAINS DESERT SEA OCEAN GULF BAY
""".split())

# Short upper-case tokens that stay in capitals inside a multi-word name.
CAPS_TOKENS = {"US", "UN", "UK", "EU", "USA", "USSR", "UAE", "NATO", "PLA", "CIA",
               "FBI", "IMF", "OPEC", "ASEAN", "AU", "OAS", "OSCE", "WHO", "WTO",
               "UNESCO", "UNICEF", "UNHCR", "UNDP", "ICRC", "BBC", "CNN", "TV",
               "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}
VOWELS = set("AEIOUY")
EAST_ASIA = {"KOR", "PRK", "CHN", "TWN", "HKG", "MAC"}


# ---------------------------------------------------------------- helpers

class Reporter:
    def __init__(self, quiet):
        self.quiet = quiet
        self.malformed = 0

    def bad(self, where, reason):
        self.malformed += 1
        if not self.quiet:
            print("%s: %s (line skipped)" % (where, reason), file=sys.stderr)


def is_damaged(s):
    return any(ch == "\ufffd" or (ord(ch) < 32 and ch != "\t") or ord(ch) == 127
               or 0x80 <= ord(ch) < 0xA0 for ch in s)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def norm_key(s):
    """Comparison key close to newsgraph's matching: case, accents, dots,
    hyphens and apostrophes do not count."""
    s = strip_accents(s).casefold()
    s = s.replace("\u2019", "'").replace("`", "'")
    s = s.replace(".", "").replace("'s ", " ").replace("'", "")
    s = re.sub(r"[-_/\s]+", " ", s).strip()
    if s.startswith("the ") and len(s) > 4:
        s = s[4:]                       # "The UN" names what "UN" names
    return s


def letters(s):
    return sum(1 for c in s if c.isalnum())


def parse_date(s):
    """YYMMDD or YYYYMMDD -> YYYY-MM-DD, or None."""
    if not s.isdigit() or len(s) not in (6, 8):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(s[2:4]), int(s[4:6])
    else:
        year, month, day = int(s[:4]), int(s[4:6]), int(s[6:8])
    if not (1 <= month <= 12) or year < 1000:
        return None
    mdays = [31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not (1 <= day <= mdays):
        return None
    return "%04d-%02d-%02d" % (year, month, day)


DATE_OK = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Code:
    __slots__ = ("code", "start", "end", "where")

    def __init__(self, code, start, end, where):
        self.code, self.start, self.end, self.where = code, start, end, where

    @property
    def dated(self):
        return bool(self.start or self.end)


def parse_codes(text, where, rep, trailing_comment=False):
    """Parses '[CODE]  [CODE 010101-020202] ...'. Returns (codes, ok).
    With trailing_comment, text after the last code is a comment whose '#'
    was lost (International: "[MNCMED]<TAB>Newspapers/Magazines")."""
    codes = []
    rest = text
    pos = 0
    ok = True
    while True:
        i = rest.find("[", pos)
        if i < 0:
            if rest[pos:].strip() and not (trailing_comment and codes):
                rep.bad(where, "text outside brackets: %r" % rest[pos:].strip())
                return codes, False
            return codes, ok
        if rest[pos:i].strip():
            rep.bad(where, "text outside brackets: %r" % rest[pos:i].strip())
            return codes, False
        j = rest.find("]", i)
        if j < 0:
            rep.bad(where, "unclosed '[' in %r" % rest[i:].strip())
            return codes, False
        inner = rest[i + 1:j].strip()
        pos = j + 1
        if not inner:
            rep.bad(where, "empty code '[]'")
            ok = False
            continue
        parts = inner.split(None, 1)
        code = parts[0].upper()
        restriction = parts[1].replace(" ", "") if len(parts) > 1 else ""
        if code.strip("-") == "":  # [---]: the null code
            continue
        if not re.match(r"^[A-Z0-9]{3,}$", code):
            rep.bad(where, "bad code %r" % parts[0])
            ok = False
            continue
        start = end = ""
        if restriction:
            m = re.match(r"^([<>])(\d+)$", restriction)
            m2 = re.match(r"^(\d+)-(\d+)$", restriction)
            if m:
                d = parse_date(m.group(2))
                if d is None:
                    rep.bad(where, "bad date %r in [%s]" % (m.group(2), inner))
                    ok = False
                    continue
                if m.group(1) == "<":
                    end = d
                else:
                    start = d
            elif m2:
                d1, d2 = parse_date(m2.group(1)), parse_date(m2.group(2))
                if d1 is None or d2 is None:
                    rep.bad(where, "bad date in [%s]" % inner)
                    ok = False
                    continue
                if d2 < d1:
                    rep.bad(where, "end before start in [%s]" % inner)
                    ok = False
                    continue
                start, end = d1, d2
            else:
                rep.bad(where, "bad date restriction in [%s]" % inner)
                ok = False
                continue
        codes.append(Code(code, start, end, where))
    return codes, ok


class Group:
    """One actor of the source: its phrases (primary first) and codes."""

    def __init__(self, path, kind, line):
        self.path, self.kind, self.line = path, kind, line
        self.names = []   # (raw text, where)
        self.codes = []
        self.discard = False

    @property
    def where(self):
        return "%s:%d" % (self.path, self.line)


def file_kind(path):
    b = os.path.basename(path).lower()
    for k in ("countries", "international", "milnonstate"):
        if k in b:
            return k
    return "other"


def read_dictionary(path, rep):
    """Reads one actor file into Groups."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    kind = file_kind(path)
    groups = []
    cur = None

    def close():
        nonlocal cur
        if cur is not None:
            groups.append(cur)
        cur = None

    for no, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        where = "%s:%d" % (path, no)
        stripped = line.strip()
        if "---STOP---" in line:
            break
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            if stripped.startswith("#") and line[0] == " ":
                # "  # CountryInfo.txt": a primary line whose name was lost;
                # what follows it (synonyms, codes) belongs to nobody.
                rep.bad(where, "primary line without a name")
                close()
                cur = Group(path, kind, no)
                cur.discard = True
                continue
            if not stripped and cur is not None and not cur.codes and not cur.discard:
                close()  # a code-less run ends at a blank line
            continue
        body = line.split("#", 1)[0]
        if line[0] in " \t":
            if not stripped.startswith("["):
                rep.bad(where, "indented line that is not a code: %r" % stripped[:60])
                continue
            if cur is None:
                rep.bad(where, "code outside an entry")
                continue
            codes, _ = parse_codes(body.strip(), where, rep)
            cur.codes.extend(codes)
            continue
        if line[0] == "+":
            if cur is None:
                rep.bad(where, "synonym outside an entry")
                continue
            name, _, codetext = body[1:].partition("[")
            if not name.strip(" _\t+") and not codetext:
                rep.bad(where, "empty synonym")
                continue
            for part in name.split("+"):
                if part.strip(" _\t"):
                    cur.names.append((part.strip(), where))
            if codetext:
                codes, _ = parse_codes("[" + codetext, where, rep)
                cur.codes.extend(codes)
            continue
        # Primary phrase.
        name, bracket, codetext = body.partition("[")
        name = name.strip()
        if not name.strip("_ "):
            rep.bad(where, "primary line without a name")
            close()
            cur = Group(path, kind, no)
            cur.discard = True
            continue
        if cur is not None and (cur.codes or cur.discard):
            close()
        if cur is None:
            cur = Group(path, kind, no)
        for part in name.split("+"):
            if part.strip(" _\t"):
                cur.names.append((part.strip(), where))
        if bracket:
            codes, _ = parse_codes("[" + codetext, where, rep, trailing_comment=True)
            cur.codes.extend(codes)
    close()
    return groups


# ---------------------------------------------------------------- names

class Phrase:
    """A cleaned source phrase: upper-case tokens plus extracted acronyms."""
    __slots__ = ("tokens", "acronyms", "dotted")

    def __init__(self, tokens, acronyms, dotted):
        self.tokens, self.acronyms, self.dotted = tokens, acronyms, dotted


def clean_phrase(raw):
    """Returns a Phrase, or None when the phrase is damaged or empty."""
    if is_damaged(raw):
        return None
    s = raw.replace("`", "").replace("\u2019", "'")
    s = re.sub(r'"[^"]*"', " ", s)          # nicknames: RICHARD_"DICKIE"_BRADLEY
    s = s.replace('"', " ").replace("[", " ").replace("]", " ")
    acronyms = []

    def paren(m):
        inner = m.group(1).strip(" _")
        if re.match(r"^[A-Za-z0-9.&-]{2,10}$", inner) and "_" not in inner:
            acronyms.append(inner.replace(".", "").upper())
        return " "
    s = re.sub(r"\(([^()]*)\)", paren, s)
    s = s.split("(", 1)[0]                  # unbalanced: "STANKO_TODOROV (ACTING_"
    s = s.replace(")", " ")
    if "," in s:                            # "JOHN_ROBINSON, BARON_MARTONMERE"
        s = s.split(",", 1)[0]
    tokens = [t for t in re.split(r"[_\s]+", s.upper()) if t]
    tokens = [t.strip("-") for t in tokens if t.strip("-")]
    if not tokens or not any(c.isalnum() for t in tokens for c in t):
        return None
    dotted = len(tokens) == 1 and re.match(r"^([A-Z]\.){2,}$", tokens[0]) is not None
    return Phrase(tokens, acronyms, dotted)


def word_parts(tok):
    return [p for p in re.split(r"[-/]", tok) if p]


def has_org_word(tokens):
    for t in tokens:
        for p in [t] + word_parts(t):
            if p.rstrip(".") in ORG_WORDS:
                return True
    return False


def not_a_person(tokens):
    """Organisation words (after leading titles), "The ...", "... of the ..."."""
    t = strip_titles(tokens)
    if has_org_word(t) or t[0] in ("THE", "IN"):
        return True
    return any(a in ("OF", "FOR", "TO", "IN") and b == "THE" for a, b in zip(t, t[1:]))


def has_office_head(tokens):
    """Is the head noun (the last word before any of/for/to) an office?"""
    head = []
    for t in tokens:
        if t in ("OF", "FOR", "TO"):
            break
        head.append(t)
    if not head:
        return False
    last = head[-1]
    return last in OFFICE_WORDS or any(p in OFFICE_WORDS for p in word_parts(last)[-1:])


def strip_titles(tokens):
    """Removes leading titles: RUSSIAN_PRESIDENT_X -> X, SECRETARY_OF_STATE_X -> X."""
    i = 0
    saw_title = False
    n = len(tokens)
    while i < n - 1:
        t = tokens[i]
        if t in TITLE_WORDS or t.startswith("EX-") or t.startswith("FORMER"):
            saw_title = True
            i += 1
            if i < n - 1 and tokens[i] in TITLE_LINKS:
                i += 1
                if i < n - 1 and tokens[i] == "THE":
                    i += 1
                if i < n - 1:
                    i += 1  # the word the link introduces: OF STATE
            continue
        if t in NATIONALITY_WORDS and any(x in TITLE_WORDS for x in tokens[i + 1:n - 1]):
            i += 1
            continue
        break
    return tokens[i:] if saw_title else tokens


def is_initialism(acr, phrases):
    """True when the letters of acr are initials, in order, of some phrase."""
    acr = acr.replace(".", "").replace("-", "").replace("&", "")
    if len(acr) < 2:
        return False
    for ph in phrases:
        if len(ph.tokens) < 2:
            continue
        initials = []
        for t in ph.tokens:
            for p in word_parts(t):
                p = p.replace(".", "")
                if not p:
                    continue
                if len(p) <= 4 and (p in CAPS_TOKENS or not (set(p) & VOWELS)):
                    initials.extend(p)          # UN -> U, N
                else:
                    initials.append(p[0])
        if not initials:
            continue
        if ph.tokens[0] == "THE" and initials[0] == "T" and acr[0] != "T":
            initials = initials[1:]
        if not initials or initials[0] != acr[0]:
            continue
        k = 0
        for c in initials:
            if k < len(acr) and c == acr[k]:
                k += 1
        if k == len(acr):
            return True
    return False


def acronym_like(tok, phrase, others):
    """Is a single-token phrase an acronym?"""
    bare = tok.replace(".", "")
    if not re.match(r"^[A-Z0-9&-]{2,7}$", bare) or not re.search(r"[A-Z]", bare):
        return False
    if phrase.dotted or re.search(r"\d", bare) or not (set(bare) & VOWELS):
        return True
    return is_initialism(bare, others)


def title_word(tok, first):
    """Title-cases one upper-case token."""
    if re.match(r"^([A-Z]\.)+$", tok):              # initials: A.G.
        return tok
    if tok in CAPS_TOKENS or (re.search(r"\d", tok) and re.search(r"[A-Z]", tok)
                              and not re.match(r"^\d+(ST|ND|RD|TH|D)$", tok)):
        return tok
    if tok.replace(".", "") in CAPS_TOKENS:
        return tok
    parts = re.split(r"([-/])", tok)
    out = []
    for k, p in enumerate(parts):
        if p in ("-", "/") or not p:
            out.append(p)
            continue
        lead = first and k == 0
        if p in PARTICLES and not lead:
            out.append(p.lower())
        elif k > 0 and parts[k - 1] == "-" and len(p) == 1:
            out.append(p.lower())                   # Mazar-i-Sharif
        elif k > 0 and parts[k - 1] == "/" and (p in CAPS_TOKENS or len(p) <= 5):
            out.append(p)                           # EC/UNFPA
        elif k == 0 and len(tok.split("/")) > 1 and (p in CAPS_TOKENS or len(p) <= 3):
            out.append(p)
        else:
            out.append(cap_part(p))
    return "".join(out)


def cap_part(p):
    low = p.lower()
    if low.startswith("mc") and len(low) > 3 and low[2].isalpha():
        return "Mc" + low[2].upper() + low[3:]
    m = re.match(r"^([od])'(\w.*)$", low)
    if m and len(m.group(2)) > 1:
        return m.group(1).upper() + "'" + m.group(2)[0].upper() + m.group(2)[1:]
    if low and low[0] == "i" and p[0] == "\u0130":
        low = "\u0130" + low[2:] if low[1:2] == "\u0307" else "\u0130" + low[1:]
        return low[0] + low[1:].replace("i\u0307", "i")
    low = low.replace("i\u0307", "i")
    k = 0
    while k < len(low) and not low[k].isalnum():
        k += 1                                      # 'IDALAT -> 'Idalat
    return low[:k] + low[k:k + 1].upper() + low[k + 1:]


def display(tokens):
    return " ".join(title_word(t, i == 0) for i, t in enumerate(tokens))


def lower_after_hyphen(name, short_only):
    """'Lee Myung-Bak' -> 'Lee Myung-bak'. A name part after a hyphen that is
    capitalised must be capitalised in the text, a lower-case one matches
    either way. short_only: only compounds of short parts (syllables), not
    'Boutros-Ghali'; a particle before the hyphen ('al-Assad') is left alone."""
    def fix(m):
        word = m.group(0)
        parts = word.split("-")
        if parts[0].lower() in (p.lower() for p in PARTICLES):
            return word
        if short_only and any(len(p) > 5 for p in parts):
            return word
        return parts[0] + "".join("-" + p.lower() for p in parts[1:])
    return re.sub(r"[^\s-]+(?:-[^\s-]+)+", fix, name)


def hyphen_variant(name):
    """The spelling with short hyphenated parts in lower case, or None."""
    v = lower_after_hyphen(name, True)
    return v if v != name else None


# ---------------------------------------------------------------- entries

class Entry:
    def __init__(self, etype, name, source):
        self.type = etype
        self.name = name
        self.aliases = []
        self.acronyms = []
        self.shortforms = []
        self.roles = []        # (role, affiliation, start, end)
        self.country = ""
        self.kind = ""
        self.source = source
        self.countries = set()
        self.id = None

    def all_names(self):
        return [self.name] + self.aliases + self.acronyms


def load_iso():
    try:
        with open(ISO_JSON, encoding="utf-8") as f:
            return {c["alpha_3"] for c in json.load(f)["3166-1"]}
    except (OSError, ValueError, KeyError) as e:
        print("import_phoenix: cannot read %s (%s): affiliations stay empty"
              % (ISO_JSON, e), file=sys.stderr)
        return set()


def chunks(code):
    return [code[i:i + 3] for i in range(0, len(code), 3)]


class Converter:
    def __init__(self, iso, common):
        self.iso = iso
        self.common = common
        self.given = set()
        self.skipped = collections.Counter()
        self.dropped = collections.Counter()

    # -- codes
    def country_of(self, chunk):
        c = PHOENIX_TO_ISO.get(chunk, chunk)
        return c if c in self.iso else ""

    def is_place_code(self, code):
        ch = chunks(code)
        if ch[0] in SECTORS:
            return False
        return len(ch) == 1 or ch[1] not in AGENTS

    def agents_of(self, code):
        ch = chunks(code)
        if ch[0] in self.iso or ch[0] in PHOENIX_COUNTRIES or ch[0] not in SECTORS:
            return ch[0], ch[1:]
        return "", ch

    def role_of(self, code):
        head, agents = self.agents_of(code)
        parts = [AGENTS.get(c, c) for c in agents]
        if not any(c in AGENTS for c in agents):
            return code, self.country_of(head) if head else ""
        # The agent code in brackets: the text says what the source says, and
        # no news phrase equals it (a bare "Government" would make "the
        # Afghan government" a person through the dated-role rule).
        role = "%s [%s]" % (", ".join(parts), "".join(agents))
        return role, self.country_of(head) if head else ""

    def org_fields(self, code):
        ch = chunks(code)
        country = self.country_of(ch[0])
        if not country and ch[0] in SECTORS and len(ch) > 1 and ch[1] not in AGENTS:
            country = self.country_of(ch[1])        # MNCUSA, not IMGMUSALQ
        kind = ""
        for agent, k in KIND_ORDER:
            if agent in ch:
                kind = k
                break
        if kind == "igo" and len(ch) > 2:
            kind = "igo-body"
        return ("country:" + country) if country else "", kind

    # -- names
    def common_word(self, tokens):
        return len(tokens) == 1 and (tokens[0].strip(".'") in self.common)

    def learn_given_names(self, groups):
        first = collections.Counter()
        for g in groups:
            if g.discard or not any(c.dated for c in g.codes):
                continue
            ph = clean_phrase(g.names[0][0]) if g.names else None
            if ph is None or not_a_person(ph.tokens):
                continue
            t = strip_titles(ph.tokens)
            if len(t) >= 2:
                first[t[0]] += 1
        self.given = {w for w, n in first.items()
                      if n >= 3 and w not in PARTICLES and w not in self.common
                      and w not in TITLE_WORDS and w not in ORG_WORDS
                      and re.match(r"^[A-Z][A-Z'-]+$", w)}

    def person_like(self, tokens):
        return (2 <= len(tokens) <= 4 and tokens[0] in self.given
                and not not_a_person(tokens)
                and all(re.match(r"^[A-Z][A-Z.'-]*$", t) for t in tokens))

    def convert(self, g):
        """Group -> Entry or None (the reason counted in self.skipped)."""
        if g.discard:
            self.skipped["nameless source entry"] += 1
            return None
        if not g.codes:
            self.skipped["no code"] += 1
            return None
        first = g.codes[0].code
        if g.kind in ("countries", "other") and self.is_place_code(first):
            self.skipped["country or territory"] += 1
            return None
        phrases = []
        for raw, _ in g.names:
            ph = clean_phrase(raw)
            if ph is None:
                self.dropped["damaged or empty name"] += 1
                continue
            phrases.append(ph)
        if not phrases:
            self.skipped["damaged or empty name"] += 1
            return None
        primary = phrases[0]  # the first clean synonym stands in for a damaged primary
        dated = any(c.dated for c in g.codes)
        if not_a_person(primary.tokens) or any(chunks(c.code)[0] in ("MNC", "MED") for c in g.codes):
            etype = "ORG"
        elif dated:
            etype = "PERSON"
        elif self.person_like(strip_titles(primary.tokens)):
            etype = "PERSON"
        else:
            etype = "ORG"
        if etype == "PERSON":
            return self.person(g, phrases)
        return self.org(g, phrases)

    def person(self, g, phrases):
        names, shorts = [], []
        for ph in phrases:
            if not_a_person(ph.tokens):
                self.dropped["organisation name on a person"] += 1
                continue
            t = strip_titles(ph.tokens)
            if len(t) >= 2 and letters(t[-1]) < 2:
                # "GEORGE_P": newsgraph would take "P" for the surname.
                self.dropped["person name ending in an initial"] += 1
            elif len(t) >= 2:
                names.append(display(t))
            elif letters(t[0]) >= 3 and t[0] not in self.common and t[0] not in PARTICLES:
                bare = t[0].replace(".", "")
                if bare.isalpha() and not (set(bare) & VOWELS):
                    shorts.append(bare)             # JFK stays in capitals
                else:
                    shorts.append(display(t))
            else:
                self.dropped["common or short word"] += 1
        if not names:
            self.skipped["no full person name"] += 1
            return None
        dated = [c for c in g.codes if c.dated]
        countries = {self.role_of(c.code)[1] for c in (dated or g.codes)}
        if countries & EAST_ASIA:
            # Kim Jong-un, Ban Ki-moon, Chiang Kai-shek: syllables after a
            # hyphen are written in lower case.
            names = [lower_after_hyphen(n, False) for n in names]
        e = Entry("PERSON", names[0], g.where)
        e.aliases = names[1:]
        last = names[0].split()[-1].split("-")[-1].casefold()
        e.shortforms = [s for s in shorts if s.casefold() != last]
        seen = set()
        for c in (dated or g.codes):
            role, country = self.role_of(c.code)
            aff = "country:" + country if country else ""
            key = (role, aff, c.start, c.end)
            if key in seen:
                continue
            seen.add(key)
            e.roles.append(key)
            if country:
                e.countries.add(country)
        for n in list(e.aliases) + [e.name]:
            v = hyphen_variant(n)
            if v:
                e.aliases.append(v)
        return e

    def org(self, g, phrases):
        if has_office_head(phrases[0].tokens):
            self.skipped["office, not an organisation"] += 1
            return None
        names, acrs = [], []
        for k, ph in enumerate(phrases):
            acrs.extend(ph.acronyms)
            toks = ph.tokens
            if len(toks) == 1:
                tok = toks[0]
                others = [p for p in phrases if p is not ph]
                bare = tok.replace(".", "")
                if acronym_like(tok, ph, others) or (k == 0 and len(bare) <= 5
                                                     and re.match(r"^[A-Z]+$", bare)):
                    acrs.append(bare)
                    continue
                if self.common_word(toks) or letters(tok) < 3:
                    self.dropped["common or short word"] += 1
                    continue
                names.append(display(toks))
                continue
            if k > 0 and has_office_head(toks):
                self.dropped["office on an organisation"] += 1
                continue
            if k > 0 and self.person_like(toks):
                self.dropped["person name on an organisation"] += 1
                continue
            names.append(display(toks))
        acrs = [a for a in dict.fromkeys(acrs) if letters(a) >= 2]
        if not names:
            if not acrs:
                self.skipped["no usable name"] += 1
                return None
            # Only acronyms: the first is the name, written in capitals so
            # that the loader matches it case-sensitively ("AMIT" is not
            # "Amit").
            name = acrs[0]
            if len(acrs[0]) < 3:
                self.skipped["no usable name"] += 1
                return None
            e = Entry("ORG", name, g.where)
            e.acronyms = acrs[1:]
        else:
            e = Entry("ORG", names[0], g.where)
            e.aliases = names[1:]
            e.acronyms = acrs
        if len(e.name.split()) == 1 and e.name.upper() in self.common:
            self.skipped["generic name"] += 1
            return None
        e.country, e.kind = self.org_fields(g.codes[0].code)
        if e.country:
            e.countries.add(e.country.split(":", 1)[1])
        return e


# ---------------------------------------------------------------- ids

def slugify(name):
    s = strip_accents(name).lower().replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if not s:  # no Latin letters ("СССР"): a stable hash of the name
        s = "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return s


def assign_ids(entries, prefix, stats):
    by_id = {}
    out = []
    for e in entries:
        slug = slugify(e.name)
        base = "%s:%s-%s" % (prefix, "person" if e.type == "PERSON" else "org", slug)
        cands = [base]
        for c in sorted(e.countries):
            cands.append(base + "-" + c.lower())
        target = None
        for cid in cands:
            old = by_id.get(cid)
            if old is None:
                target = cid
                break
            if not e.countries or not old.countries or (e.countries & old.countries):
                merge(old, e)
                stats["merged into another entry"] += 1
                target = ""
                break
        if target is None:
            n = 2
            while "%s-%d" % (base, n) in by_id:
                n += 1
            target = "%s-%d" % (base, n)
        if target:
            e.id = target
            by_id[target] = e
            out.append(e)
    return out


def merge(old, new):
    for n in [new.name] + new.aliases:
        if n != old.name and n not in old.aliases:
            old.aliases.append(n)
    for a in new.acronyms:
        if a not in old.acronyms:
            old.acronyms.append(a)
    for s in new.shortforms:
        if s not in old.shortforms:
            old.shortforms.append(s)
    for r in new.roles:
        if r not in old.roles:
            old.roles.append(r)
    old.countries |= new.countries
    if not old.country:
        old.country = new.country
    if not old.kind:
        old.kind = new.kind


# ---------------------------------------------------------------- known names

def read_known(directory):
    """Names of newsgraph's own gazetteers: norm -> set of types."""
    known = collections.defaultdict(set)
    if not directory or not os.path.isdir(directory):
        return known
    for fn in sorted(os.listdir(directory)):
        if not fn.endswith(".tsv"):
            continue
        header = None
        with open(os.path.join(directory, fn), encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.rstrip("\n").rstrip("\r")
                if not line or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if header is None:
                    header = {h.strip(): i for i, h in enumerate(fields)}
                    continue
                get = lambda c: fields[header[c]] if c in header and header[c] < len(fields) else ""
                etype = get("type").strip()
                known[("id", get("id").strip())].add(etype)  # ids: never redefined
                for col in ("name", "aliases", "acronyms", "demonyms", "capitals"):
                    for v in get(col).split("|"):
                        if v.strip():
                            known[norm_key(v)].add(etype)
    return known


def filter_names(entries, known, stats):
    """Drops known entries and names that would be ambiguous."""
    kept = []
    for e in entries:
        multi = [e.name] + [a for a in e.aliases if len(a.split()) > 1]
        if (("id", e.id) in known or norm_key(e.name) in known
                or any(e.type in known.get(norm_key(a), ()) for a in multi)):
            stats["already in newsgraph's gazetteers"] += 1
            continue
        kept.append(e)
    owners = collections.defaultdict(set)
    canon = collections.defaultdict(set)
    for e in kept:
        canon[norm_key(e.name)].add(e.id)
        for n in e.all_names():
            owners[norm_key(n)].add(e.id)
    drops = collections.Counter()
    for e in kept:
        def ok(n, what):
            k = norm_key(n)
            if not k or not any(c.isalnum() for c in k):
                drops["empty"] += 1
                return False
            if k in known:
                drops[what + " known to newsgraph"] += 1
                return False
            if len(owners[k]) > 1 or (canon[k] and canon[k] != {e.id}):
                drops[what + " shared by several actors"] += 1
                return False
            return True
        seen = {norm_key(e.name)}
        aliases = []
        for a in e.aliases:
            k = norm_key(a)
            if k in seen and a not in (hyphen_variant(e.name),):
                continue
            if ok(a, "alias"):
                seen.add(k)
                aliases.append(a)
        e.aliases = list(dict.fromkeys(aliases))
        acrs = []
        for a in e.acronyms:
            if norm_key(a) in seen or a == e.name:
                continue
            if ok(a, "acronym"):
                acrs.append(a)
        e.acronyms = list(dict.fromkeys(acrs))
        shorts = []
        for s in e.shortforms:
            k = norm_key(s)
            if k in seen or k in known:
                continue
            shorts.append(s)
        e.shortforms = list(dict.fromkeys(shorts))
    return kept, drops


# ---------------------------------------------------------------- output

COLUMNS = ["id", "type", "name", "aliases", "acronyms", "shortforms", "role",
           "affiliation", "start", "end", "country", "kind"]


def clean_field(s):
    return re.sub(r"[\t\r\n|]", " ", s).strip()


def validate(row, prefix, names_by_id):
    """Returns a reason when the newsgraph loader would reject the row."""
    if not re.match(r"^%s:(person|org)-[a-z0-9]+(-[a-z0-9]+)*$" % re.escape(prefix), row["id"]):
        return "bad id"
    if row["type"] not in ("PERSON", "ORG"):
        return "bad type"
    if not row["name"] or not any(c.isalnum() for c in row["name"]):
        return "empty name"
    for col in ("start", "end"):
        d = row[col]
        if d and (not DATE_OK.match(d) or parse_date(d.replace("-", "")) != d):
            return "bad %s date %r" % (col, d)
    if row["affiliation"] and not re.match(r"^country:[A-Z]{3}$", row["affiliation"]):
        return "bad affiliation"
    if any("." in a for a in row["acronyms"].split("|")):
        return "acronym with dots"
    for k, v in row.items():
        if "\t" in v or "\n" in v or is_damaged(v):
            return "bad character in %s" % k
    prev = names_by_id.get(row["id"])
    if prev is not None and prev != row["name"]:
        return "id already used with the name %r" % prev
    return None


def rows_of(e):
    base = {"id": e.id, "type": e.type, "name": clean_field(e.name),
            "aliases": "|".join(clean_field(a) for a in e.aliases if clean_field(a)),
            "acronyms": "|".join(clean_field(a) for a in e.acronyms if clean_field(a)),
            "shortforms": "|".join(clean_field(a) for a in e.shortforms if clean_field(a)),
            "role": "", "affiliation": "", "start": "", "end": "",
            "country": e.country, "kind": e.kind}
    if e.type != "PERSON" or not e.roles:
        return [base]
    rows = []
    roles = sorted(e.roles, key=lambda r: (r[2] or r[3] or "9999", r[3], r[0], r[1]))
    for i, (role, aff, start, end) in enumerate(roles):
        row = dict(base) if i == 0 else {k: "" for k in COLUMNS}
        row.update(id=e.id, type=e.type, name=base["name"], role=clean_field(role),
                   affiliation=aff, start=start, end=end)
        rows.append(row)
    return rows


def project_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(here)


def inside(path, root):
    path, root = os.path.realpath(path), os.path.realpath(root)
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def collect_inputs(args):
    files = []
    for d in args:
        if os.path.isdir(d):
            found = sorted(os.path.join(d, f) for f in os.listdir(d)
                           if f.lower().endswith(".actors.txt"))
            if not found:
                print("import_phoenix: %s: no *.actors.txt files" % d, file=sys.stderr)
            files.extend(found)
        else:
            files.append(d)
    return list(dict.fromkeys(files))


def read_agent_nouns(path):
    words = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                s = line.split("#", 1)[0].strip()
                if not s or "[" not in s or s.startswith("!"):
                    continue
                head = re.split(r"[\[{]", s, 1)[0].strip().strip("_").upper()
                if head and re.match(r"^[A-Z'-]+$", head):
                    words.add(head)
                    words.add(head + "S")
    except OSError:
        pass
    return words


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Convert PETRARCH/Phoenix actor dictionaries into a newsgraph gazetteer TSV.",
        epilog="Load the result with: newsgraph tag - --add-gazetteer OUT.tsv")
    ap.add_argument("--dict", nargs="+", metavar="DIR_OR_FILE",
                    help="Phoenix actor files, or directories holding *.actors.txt (with "
                         "--ship, default: ../shared/data/petrarch2-phoenix-dictionaries)")
    ap.add_argument("-o", "--output",
                    help="output TSV ('-' for standard output); never inside the newsgraph checkout")
    ship = ap.add_argument_group("shipped gazetteers (see tools/phoenix_ship.py)")
    ship.add_argument("--ship", action="store_true",
                      help="write gazetteers/phoenix-people.tsv, phoenix-orgs.tsv and phoenix-places.tsv")
    ship.add_argument("--out-dir", default=os.path.join(project_root(), "gazetteers"),
                      help="with --ship: directory of the three files (default: gazetteers/)")
    ship.add_argument("--check", action="store_true",
                      help="with --ship: exit 1 when the files differ from what would be written")
    ship.add_argument("--date", help="with --ship: date written in the headers (default: today, "
                                     "or the committed file's date with --check)")
    ship.add_argument("--corpus", nargs="*", default=None,
                      help="with --ship: folders of English .txt/.conllu texts whose lower-case "
                           "words are ordinary words (default: ../shared/data/bbc-news-fulltext "
                           "and ud-english-ewt)")
    ship.add_argument("--given-names", nargs="*", default=None,
                      help="with --ship: given-name lists (default: rules/given_names.tsv)")
    ap.add_argument("--prefix", default="phoenix",
                    help="id prefix (lower-case letters, digits, '-'; default: phoenix)")
    ap.add_argument("--known", default=os.path.join(project_root(), "gazetteers"),
                    help="newsgraph gazetteer directory whose names are not imported again "
                         "(default: the gazetteers/ of this checkout)")
    ap.add_argument("--no-known", action="store_true",
                    help="import actors even when newsgraph's gazetteers already name them")
    ap.add_argument("--agents", help="Phoenix.agents.txt (default: next to the first actor file)")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="do not list malformed source lines (still counted)")
    args = ap.parse_args(argv)
    if args.ship:
        import phoenix_ship
        if args.corpus is None:
            args.corpus = phoenix_ship.DEFAULT_CORPUS
        if args.given_names is None:
            args.given_names = [phoenix_ship.DEFAULT_GIVEN]
        return phoenix_ship.run(args)
    if args.check or args.date:
        ap.error("--check and --date go with --ship")
    if not args.dict or not args.output:
        ap.error("--dict and -o are required (or --ship)")

    if not re.match(r"^[a-z0-9][a-z0-9-]*$", args.prefix):
        ap.error("--prefix must be lower-case letters, digits and '-'")
    if args.output != "-" and inside(args.output, project_root()):
        print("import_phoenix: refusing to write %s: the converted dictionaries must not be "
              "stored in the newsgraph source tree (licence); write to /tmp or "
              "~/.local/share/newsgraph instead" % args.output, file=sys.stderr)
        return 2

    t0 = time.monotonic()
    files = collect_inputs(args.dict)
    if not files:
        print("import_phoenix: no input files", file=sys.stderr)
        return 2
    rep = Reporter(args.quiet)
    groups = []
    for path in files:
        try:
            groups.extend(read_dictionary(path, rep))
        except OSError as e:
            print("import_phoenix: %s: cannot read: %s" % (path, e.strerror), file=sys.stderr)
            return 1

    agents_file = args.agents or os.path.join(os.path.dirname(os.path.abspath(files[0])),
                                              "Phoenix.agents.txt")
    common = COMMON_WORDS | read_agent_nouns(agents_file)
    conv = Converter(load_iso(), common)
    conv.learn_given_names(groups)

    entries = []
    for g in groups:
        e = conv.convert(g)
        if e is not None:
            entries.append(e)
    stats = conv.skipped
    entries = assign_ids(entries, args.prefix, stats)
    known = collections.defaultdict(set) if args.no_known else read_known(args.known)
    entries, drops = filter_names(entries, known, stats)
    drops.update(conv.dropped)

    entries.sort(key=lambda e: e.id)
    lines, names_by_id = [], {}
    people = orgs = role_lines = 0
    for e in entries:
        rows = rows_of(e)
        bad = None
        for row in rows:
            bad = validate(row, args.prefix, names_by_id)
            if bad:
                break
        if bad:
            stats["rejected by validation"] += 1
            print("import_phoenix: %s: %s (%s); not written" % (e.source, bad, e.id), file=sys.stderr)
            continue
        names_by_id[e.id] = rows[0]["name"]
        for row in rows:
            lines.append("\t".join(row[c] for c in COLUMNS))
        if e.type == "PERSON":
            people += 1
            role_lines += len(rows)
        else:
            orgs += 1

    src_dirs = sorted({os.path.dirname(os.path.abspath(f)) for f in files})
    lic = [os.path.join(d, n) for d in src_dirs for n in ("LICENSE", "LICENSE.txt")
           if os.path.exists(os.path.join(d, n))]
    header = ["# generated by %s from %s; licence of the source: see its LICENSE%s"
              % (TOOL, ", ".join(os.path.basename(f) for f in files),
                 " (%s)" % ", ".join(lic) if lic else ""),
              "# source directory: %s. Do not commit this file to newsgraph." % ", ".join(src_dirs),
              "\t".join(COLUMNS)]
    text = "\n".join(header + lines) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        tmp = args.output + ".tmp"
        try:
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            os.replace(tmp, args.output)
        except OSError as e:
            print("import_phoenix: %s: cannot write: %s" % (args.output, e.strerror), file=sys.stderr)
            return 1

    elapsed = time.monotonic() - t0
    skipped = sum(stats.values())
    print("import_phoenix: %d people (%d role lines), %d orgs written to %s in %.1f s"
          % (people, role_lines, orgs, args.output, elapsed), file=sys.stderr)
    print("import_phoenix: %d source actors skipped: %s" % (
        skipped, ", ".join("%s %d" % (k, v) for k, v in sorted(stats.items())) or "none"),
        file=sys.stderr)
    print("import_phoenix: %d malformed source lines skipped; names dropped: %s" % (
        rep.malformed, ", ".join("%s %d" % (k, v) for k, v in sorted(drops.items())) or "none"),
        file=sys.stderr)
    if people + orgs == 0:
        print("import_phoenix: nothing converted", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
