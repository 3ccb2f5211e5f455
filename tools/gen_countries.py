#!/usr/bin/env python3
"""Generates gazetteers/countries.tsv from iso-codes, CLDR and a hand-written table.

Inputs:
  * Debian's iso-codes ISO 3166-1 JSON (default
    /usr/share/iso-codes/json/iso_3166-1.json, override with --iso): the
    official list of codes and their English `name`, `official_name` and
    `common_name`.
  * gazetteers/src/countries_extra.tsv (override with --extra): one line per
    alpha-3 code with the news name, extra aliases, acronyms, demonyms,
    capitals, ambiguous names and, for a state that no longer exists, the
    dates it existed (`start`, `end`). Codes that ISO 3166-1 lacks are added
    from this file: a former country needs its ISO 3166-3 code (iso-codes
    iso_3166-3.json, override with --iso3; its `end` may not be later than
    the code's withdrawal date, and its ISO name becomes an alias unless it
    is written inverted with a comma), any other a user-assigned code (XKX
    Kosovo, XWG West Germany ...).
  * Unicode CLDR 48.2 English territory names (default
    ../shared/data/gazetteer-sources/cldr-territories/territories-en.json,
    override with --cldr; Unicode License v3, read from LICENSE next to it
    and repeated in full in the output's header): the display name of each region code and its
    "-alt-short" and "-alt-variant" forms become aliases of the country whose
    ISO 3166-1 alpha-2 code it is (alpha-2 -> alpha-3 from iso-codes; XK is
    Kosovo, XKX). Left out: codes that are not countries (001 world, EU, UN,
    QO, ZZ ...) and CLDR-only areas (AC, CP, CQ, DG, EA, IC, TA); names with
    parentheses ("Congo (DRC)"), not written so in running text; names the
    country already has; and, counted on stderr, names of another country or
    of another entry of the gazetteers given with --others (default: every
    gazetteers/*.tsv but countries.tsv and the generated parties.tsv, which is
    itself built against countries.tsv). A new one-word name is listed in
    `ambiguous` (it may be an ordinary word).

Output: gazetteers/countries.tsv (override with --out), one COUNTRY line per
code, sorted by id, in the format of gazetteers/FORMAT.md. Its `source` lists
the inputs the line takes names from (iso-codes 3166-1, iso-codes 3166-3,
CLDR 48.2, countries_extra); its `as_of` is that of the countries_extra line
(when its facts were last checked), else the generation date. The output depends
only on the inputs, the iso-codes version and the date in its header (--date;
with --check, the committed file's), so it is reproducible.

  tools/gen_countries.py            write gazetteers/countries.tsv
  tools/gen_countries.py --check    exit 1 if gazetteers/countries.tsv is stale

On a malformed line of countries_extra.tsv prints `FILE:LINE: reason` to
stderr and exits 2, writing nothing. Exits 77 (skip), writing nothing, when
the CLDR file is absent (a checkout without ../shared). Standard library only.
"""

import argparse
import collections
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

from generated_file import committed_date, write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_EXTRA = os.path.join(ROOT, "gazetteers", "src", "countries_extra.tsv")
DEFAULT_OUT = os.path.join(ROOT, "gazetteers", "countries.tsv")
CLDR_DIR = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources",
                        "cldr-territories")
DEFAULT_CLDR = os.path.join(CLDR_DIR, "territories-en.json")
CLDR_VERSION = "48.2"
# Region codes of CLDR that are not the ISO 3166-1 alpha-2 code of the entry.
CLDR_CODES = {"XK": "XKX"}
# Generated gazetteers that are built against countries.tsv: not read by
# --others, so the two generators do not depend on each other's output.
GENERATED = ("countries.tsv", "parties.tsv")

EXTRA_COLUMNS = ["iso3", "name", "aliases", "acronyms", "demonyms",
                 "capitals", "ambiguous", "start", "end", "source", "as_of"]
OUT_COLUMNS = ["id", "type", "name", "aliases", "acronyms", "demonyms",
               "capitals", "ambiguous", "start", "end", "source", "as_of"]
# The `source` values of an output line, in this order.
SOURCES = ["iso-codes 3166-1", "iso-codes 3166-3", "CLDR", "countries_extra"]
MULTI = ["aliases", "acronyms", "demonyms", "capitals", "ambiguous"]
ISO3_RE = re.compile(r"^[A-Z]{3}$")
# ISO 3166-1 alpha-3 codes left to users: AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ.
USER_ASSIGNED_RE = re.compile(r"^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$")
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DEFAULT_ISO3 = "/usr/share/iso-codes/json/iso_3166-3.json"


class InputError(Exception):
    """A malformed input; str() is `FILE:LINE: reason`."""


def display_path(path):
    """Path relative to the project root when inside it, for messages."""
    absolute = os.path.abspath(path)
    if absolute.startswith(ROOT + os.sep):
        return os.path.relpath(absolute, ROOT)
    return path


def split_values(text, where, column):
    """Splits a `|` field; rejects empty values and stray spaces."""
    if text == "":
        return []
    values = text.split("|")
    for value in values:
        if value == "":
            raise InputError(f"{where}: empty value in {column}")
        if value != value.strip():
            raise InputError(
                f"{where}: leading or trailing space in {column} value "
                f"{value!r}")
    return values


def dedupe(values, exclude=()):
    """Keeps the first of values equal up to case; drops `exclude`."""
    seen = {v.casefold() for v in exclude}
    result = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            result.append(value)
    return result


def auto_plurals(demonyms):
    """The plurals the tagger adds itself (FORMAT.md: endings n, i, k)."""
    return [d + "s" for d in demonyms if d[-1:] in ("n", "i", "k")]


def read_extra(path):
    """Returns {iso3: {column: value or list}} in file order."""
    shown = display_path(path)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except OSError as e:
        raise InputError(f"{shown}:0: cannot read: {e.strerror}")
    except UnicodeDecodeError as e:
        raise InputError(f"{shown}:0: not UTF-8: {e}")
    entries = {}
    header = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = unicodedata.normalize("NFC", raw.rstrip("\r"))
        if line.strip() == "" or line.startswith("#"):
            continue
        where = f"{shown}:{number}"
        fields = line.split("\t")
        if header is None:
            if fields != EXTRA_COLUMNS:
                raise InputError(
                    f"{where}: header must be {' '.join(EXTRA_COLUMNS)} "
                    f"(TAB-separated)")
            header = fields
            continue
        if len(fields) != len(header):
            raise InputError(
                f"{where}: expected {len(header)} fields, got {len(fields)}")
        row = dict(zip(header, fields))
        iso3 = row["iso3"]
        if not ISO3_RE.match(iso3):
            raise InputError(
                f"{where}: iso3 {iso3!r} is not 3 upper-case letters")
        if iso3 in entries:
            raise InputError(
                f"{where}: duplicate iso3 {iso3} (first on line "
                f"{entries[iso3]['line']})")
        if row["name"] != row["name"].strip():
            raise InputError(f"{where}: leading or trailing space in name")
        entry = {"line": number, "where": where, "name": row["name"],
                 "start": row["start"], "end": row["end"],
                 "as_of": row["as_of"]}
        for column in ("start", "end", "as_of"):
            if row[column] and not DATE_RE.match(row[column]):
                raise InputError(f"{where}: {column} {row[column]!r} is not "
                                 f"YYYY, YYYY-MM or YYYY-MM-DD")
        if row["start"] and row["end"] and row["start"] > row["end"]:
            raise InputError(f"{where}: start is after end")
        for column in MULTI:
            entry[column] = split_values(row[column], where, column)
        names = ([entry["name"]] + entry["aliases"] + entry["acronyms"] +
                 entry["demonyms"] + entry["capitals"] +
                 auto_plurals(entry["demonyms"]))
        for value in entry["ambiguous"]:
            if value not in names:
                raise InputError(
                    f"{where}: ambiguous value {value!r} is not a name, "
                    f"alias, acronym, demonym or capital of this line")
        entries[iso3] = entry
    if header is None:
        raise InputError(f"{shown}:1: missing header")
    return entries


def read_iso(path, part="3166-1"):
    """Returns {alpha_3: record} from an iso-codes 3166-1 (or 3166-3) JSON
    file."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        records = data[part]
    except OSError as e:
        raise InputError(f"{path}:0: cannot read: {e.strerror}")
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path}:0: not an iso-codes {part} file: {e}")
    result = {}
    for record in records:
        result[record["alpha_3"]] = {
            k: unicodedata.normalize("NFC", v) for k, v in record.items()
            if isinstance(v, str)}
    return result


def fold(name):
    """The key two names share when the tagger would treat them alike
    (FORMAT.md, normalisation): case, diacritics, dots, hyphens, spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace(".", "").replace("-", " ")
    return " ".join(s.lower().split())


def read_cldr(path):
    """Returns [(region code, alt or "", name)] of a CLDR territories JSON,
    sorted by key, and the LICENSE text of its folder."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        territories = data["main"]["en"]["localeDisplayNames"]["territories"]
    except OSError as e:
        raise InputError(f"{path}:0: cannot read: {e.strerror}")
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path}:0: not a CLDR territories file: {e}")
    license_path = os.path.join(os.path.dirname(path), "LICENSE")
    try:
        with open(license_path, encoding="utf-8") as f:
            license_text = f.read().strip("\n")
    except OSError as e:
        raise InputError(f"{license_path}:0: cannot read the CLDR licence: "
                         f"{e.strerror}")
    names = []
    for key in sorted(territories):
        code, _, alt = key.partition("-alt-")
        names.append((code, alt, unicodedata.normalize(
            "NFC", " ".join(territories[key].split()))))
    return names, license_text


def read_others(paths):
    """Returns {folded name: "FILE id"} for every name, alias, acronym,
    demonym, capital and short form of the gazetteer files `paths`."""
    owners = {}
    for path in paths:
        shown = os.path.basename(path)
        header = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\r\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if header is None:
                    header = fields
                    continue
                row = dict(zip(header, fields))
                for column in ("name", "aliases", "acronyms", "demonyms",
                               "capitals", "shortforms"):
                    for value in row.get(column, "").split("|"):
                        if value.strip():
                            owners.setdefault(fold(value),
                                              f"{shown} {row.get('id', '')}")
    return owners


def iso_codes_version():
    """The installed iso-codes package version, or "unknown"."""
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            capture_output=True, text=True, check=False)
    except OSError:
        return "unknown"
    version = out.stdout.strip()
    return version if out.returncode == 0 and version else "unknown"


def cldr_aliases(rows, iso, cldr, others, stats):
    """Adds the CLDR names to `rows` ({iso3: row dict}) as aliases; a new
    one-word name is also listed in `ambiguous`. Counts into `stats`."""
    alpha3 = {r["alpha_2"]: a3 for a3, r in iso.items() if "alpha_2" in r}
    alpha3.update(CLDR_CODES)
    names = {}  # iso3 -> folded names of the row
    owners = {}  # folded name -> iso3 codes of the rows that have it
    for iso3, row in rows.items():
        values = ([row["name"]] + row["aliases"] + row["acronyms"] +
                  row["demonyms"] + auto_plurals(row["demonyms"]) +
                  row["capitals"])
        names[iso3] = {fold(v) for v in values}
        for key in names[iso3]:
            owners.setdefault(key, set()).add(iso3)
    for code, _alt, name in cldr:
        iso3 = alpha3.get(code)
        key = fold(name)
        if iso3 not in rows:
            stats["CLDR names skipped: code not an ISO 3166-1 country "
                  "(region, EU, UN, CLDR-only area)"] += 1
        elif "(" in name:
            stats["CLDR names skipped: parentheses"] += 1
        elif key in names[iso3]:
            stats["CLDR names skipped: the country has it already"] += 1
        elif key in owners:
            stats["CLDR names dropped: name of another country"] += 1
        elif key in others:
            stats["CLDR names dropped: name of another gazetteer entry"] += 1
        else:
            rows[iso3]["aliases"].append(name)
            rows[iso3]["sources"].add("CLDR")
            names[iso3].add(key)
            owners.setdefault(key, set()).add(iso3)
            stats["CLDR names added as aliases"] += 1
            if len(key.split()) == 1:
                rows[iso3]["ambiguous"].append(name)
                stats["CLDR names added as aliases: one word, ambiguous"] += 1


def header(meta):
    """The comment lines that open countries.tsv."""
    lines = [
        "Countries, generated by tools/gen_countries.py. Do not edit: run it "
        "(it reads",
        "../shared/data/gazetteer-sources/cldr-territories). Sources:",
        f"- Debian iso-codes {meta['iso_version']}: ISO 3166-1 codes and "
        "names, ISO 3166-3 codes and names",
        "  of former countries (LGPL-2.1-or-later);",
        f"- Unicode CLDR {CLDR_VERSION} English territory names (npm "
        f"cldr-localenames-full {CLDR_VERSION}.0,",
        "  main/en/territories.json), with their -alt-short and -alt-variant "
        "forms, as aliases of the",
        "  country of their ISO code; names with parentheses, names the "
        "country already has and names",
        "  of another country or gazetteer entry are left out, a new one-word "
        "name is ambiguous;",
        f"- the hand-written {meta['extra_shown']}: news names, demonyms, "
        "capitals, ambiguity, and",
        "  the dates (start, end) of former countries.",
        f"Generated {meta['date']}. Column source: the inputs a line takes "
        "names from; as_of: when its",
        "countries_extra line was last checked.",
        "The CLDR data is under the Unicode License v3, whose notice follows "
        "in full:",
        "",
    ] + meta["license"].split("\n")
    return [("# " + line).rstrip() for line in lines]


def former_names(iso3, entry, former):
    """Checks a line of countries_extra.tsv whose code ISO 3166-1 lacks;
    returns the ISO 3166-3 names it takes ([] for a user-assigned code)."""
    where = entry["where"]
    if iso3 in former:
        record = former[iso3]
        withdrawn = record.get("withdrawal_date", "")
        if not entry["end"]:
            raise InputError(f"{where}: {iso3} is a former country (ISO "
                             f"3166-3, withdrawn {withdrawn}): give its end")
        n = min(len(entry["end"]), len(withdrawn))
        if entry["end"][:n] > withdrawn[:n]:
            raise InputError(f"{where}: end {entry['end']} is after the ISO "
                             f"3166-3 withdrawal of {iso3} ({withdrawn})")
        name = record.get("name", "")
        return [name] if name and "," not in name else []
    if USER_ASSIGNED_RE.match(iso3):
        return []
    raise InputError(f"{where}: {iso3} is in neither ISO 3166-1 nor ISO "
                     f"3166-3 (iso-codes) and is not a user-assigned code "
                     f"(AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ)")


def generate(iso, former, extra, cldr, others, meta, stats):
    """Returns the text of countries.tsv; counts into `stats`. `iso` and
    `former` are the ISO 3166-1 and 3166-3 records by alpha-3 code."""
    rows = {}
    for iso3 in sorted(set(iso) | set(extra)):
        record = iso.get(iso3, {})
        entry = extra.get(iso3)
        sources = set()
        if record:
            sources.add("iso-codes 3166-1")
            iso_names = [record[k] for k in ("name", "official_name",
                                             "common_name") if k in record]
            if entry and entry["end"]:
                raise InputError(f"{entry['where']}: {iso3} has an end date "
                                 f"but ISO 3166-1 still lists it")
        else:
            iso_names = former_names(iso3, entry, former)
            if iso3 in former:
                sources.add("iso-codes 3166-3")
        if entry:
            sources.add("countries_extra")
        if entry is not None and entry["name"]:
            name = entry["name"]
        else:
            name = record.get("common_name") or record.get("name")
        if not name:
            where = entry["where"] if entry else f"{iso3}"
            raise InputError(
                f"{where}: {iso3} is not in iso-codes and has no name")
        extra_aliases = entry["aliases"] if entry else []
        row = {"name": name, "sources": sources,
               "aliases": dedupe(extra_aliases + iso_names, exclude=[name])}
        for column in ("acronyms", "demonyms", "capitals", "ambiguous"):
            row[column] = dedupe(entry[column]) if entry else []
        for column in ("start", "end"):
            row[column] = entry[column] if entry else ""
        row["as_of"] = entry["as_of"] if entry and entry["as_of"] else meta["date"]
        rows[iso3] = row
    cldr_aliases(rows, iso, cldr, others, stats)
    lines = header(meta) + ["\t".join(OUT_COLUMNS)]
    for iso3, row in sorted(rows.items()):
        fields = [f"country:{iso3}", "COUNTRY", row["name"]]
        fields += ["|".join(row[c]) for c in ("aliases", "acronyms",
                                               "demonyms", "capitals",
                                               "ambiguous")]
        fields += [row["start"], row["end"]]
        fields.append("|".join(
            f"CLDR {CLDR_VERSION}" if source == "CLDR" else source
            for source in SOURCES if source in row["sources"]))
        fields.append(row["as_of"])
        lines.append("\t".join(fields))
    stats["countries"] = len(rows)
    return "\n".join(lines) + "\n"




def main(argv):
    parser = argparse.ArgumentParser(
        description="Generate gazetteers/countries.tsv.")
    parser.add_argument("--iso", default=DEFAULT_ISO,
                        help="iso-codes iso_3166-1.json (default: %(default)s)")
    parser.add_argument("--iso3", default=DEFAULT_ISO3,
                        help="iso-codes iso_3166-3.json, former countries "
                             "(default: %(default)s)")
    parser.add_argument("--extra", default=DEFAULT_EXTRA,
                        help="hand-written table (default: "
                             "gazetteers/src/countries_extra.tsv)")
    parser.add_argument("--cldr", default=DEFAULT_CLDR,
                        help="CLDR territories JSON, with LICENSE in its "
                             "folder (default: ../shared/data/"
                             "gazetteer-sources/cldr-territories/"
                             "territories-en.json)")
    parser.add_argument("--others", nargs="*", default=None,
                        help="gazetteer files whose names CLDR names must "
                             "not take (default: gazetteers/*.tsv but "
                             "countries.tsv and parties.tsv)")
    parser.add_argument("--out", default=DEFAULT_OUT,
                        help="output (default: gazetteers/countries.tsv)")
    parser.add_argument("--iso-version", default=None,
                        help="iso-codes version for the header comment "
                             "(default: from dpkg-query, else 'unknown')")
    parser.add_argument("--date", default=None,
                        help="date written in the header (default: today, "
                             "or the committed file's date with --check)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if --out is out of date")
    args = parser.parse_args(argv)

    if not os.path.exists(args.cldr):
        print(f"gen_countries: {args.cldr} not found: countries.tsv takes "
              "names from Unicode CLDR, which lives in ../shared/data/"
              "gazetteer-sources/cldr-territories next to the checkout; "
              "pass --cldr PATH. Nothing written or checked.",
              file=sys.stderr)
        return 77
    if args.others is None:
        args.others = [p for p in sorted(glob.glob(
            os.path.join(ROOT, "gazetteers", "*.tsv")))
            if os.path.basename(p) not in GENERATED]
    date = args.date
    if date is None and args.check:
        date = committed_date(args.out)
    stats = collections.Counter()
    try:
        extra = read_extra(args.extra)
        iso = read_iso(args.iso)
        former = read_iso(args.iso3, "3166-3")
        cldr, license_text = read_cldr(args.cldr)
        others = read_others(args.others)
        meta = {"iso_version": args.iso_version or iso_codes_version(),
                "extra_shown": display_path(args.extra),
                "date": date or datetime.date.today().isoformat(),
                "license": license_text}
        text = generate(iso, former, extra, cldr, others, meta, stats)
    except InputError as e:
        print(e, file=sys.stderr)
        return 2

    status = write_or_check(args.out, text, "gen_countries", args.check)
    if args.check or status:
        return status
    missing = sorted(set(iso) - set(extra))
    if missing:
        print(f"warning: no line in {display_path(args.extra)} for "
              f"{' '.join(missing)}; using iso-codes names only",
              file=sys.stderr)
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}", file=sys.stderr)
    print(f"gen_countries: wrote {display_path(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
