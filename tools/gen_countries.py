#!/usr/bin/env python3
"""Generates gazetteers/countries.tsv from iso-codes and a hand-written table.

Inputs:
  * Debian's iso-codes ISO 3166-1 JSON (default
    /usr/share/iso-codes/json/iso_3166-1.json, override with --iso): the
    official list of codes and their English `name`, `official_name` and
    `common_name`.
  * gazetteers/src/countries_extra.tsv (override with --extra): one line per
    alpha-3 code with the news name, extra aliases, acronyms, demonyms,
    capitals and ambiguous names. Codes that iso-codes lacks (XKX, Kosovo)
    are added from this file alone.

Output: gazetteers/countries.tsv (override with --out), one COUNTRY line per
code, sorted by id, in the format of gazetteers/FORMAT.md. The output depends
only on the two inputs and the iso-codes version, so it is reproducible.

  tools/gen_countries.py            write gazetteers/countries.tsv
  tools/gen_countries.py --check    exit 1 if gazetteers/countries.tsv is stale

On a malformed line of countries_extra.tsv prints `FILE:LINE: reason` to
stderr and exits 2, writing nothing. Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_EXTRA = os.path.join(ROOT, "gazetteers", "src", "countries_extra.tsv")
DEFAULT_OUT = os.path.join(ROOT, "gazetteers", "countries.tsv")

EXTRA_COLUMNS = ["iso3", "name", "aliases", "acronyms", "demonyms",
                 "capitals", "ambiguous"]
OUT_COLUMNS = ["id", "type", "name", "aliases", "acronyms", "demonyms",
               "capitals", "ambiguous"]
MULTI = ["aliases", "acronyms", "demonyms", "capitals", "ambiguous"]
ISO3_RE = re.compile(r"^[A-Z]{3}$")


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
        entry = {"line": number, "where": where, "name": row["name"]}
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


def read_iso(path):
    """Returns {alpha_3: record} from an iso-codes 3166-1 JSON file."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        records = data["3166-1"]
    except OSError as e:
        raise InputError(f"{path}:0: cannot read: {e.strerror}")
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path}:0: not an iso-codes 3166-1 file: {e}")
    result = {}
    for record in records:
        result[record["alpha_3"]] = {
            k: unicodedata.normalize("NFC", v) for k, v in record.items()
            if isinstance(v, str)}
    return result


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


def generate(iso, extra, version, extra_shown):
    """Returns the text of countries.tsv."""
    lines = [
        f"# generated by tools/gen_countries.py from iso-codes {version} and "
        f"{extra_shown}; do not edit",
        "\t".join(OUT_COLUMNS),
    ]
    for iso3 in sorted(set(iso) | set(extra)):
        record = iso.get(iso3, {})
        entry = extra.get(iso3)
        iso_names = [record[k] for k in ("name", "official_name",
                                         "common_name") if k in record]
        if entry is not None and entry["name"]:
            name = entry["name"]
        else:
            name = record.get("common_name") or record.get("name")
        if not name:
            where = entry["where"] if entry else f"{iso3}"
            raise InputError(
                f"{where}: {iso3} is not in iso-codes and has no name")
        extra_aliases = entry["aliases"] if entry else []
        aliases = dedupe(extra_aliases + iso_names, exclude=[name])
        row = [f"country:{iso3}", "COUNTRY", name, "|".join(aliases)]
        for column in ("acronyms", "demonyms", "capitals", "ambiguous"):
            values = dedupe(entry[column]) if entry else []
            row.append("|".join(values))
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(
        description="Generate gazetteers/countries.tsv.")
    parser.add_argument("--iso", default=DEFAULT_ISO,
                        help="iso-codes iso_3166-1.json (default: %(default)s)")
    parser.add_argument("--extra", default=DEFAULT_EXTRA,
                        help="hand-written table (default: "
                             "gazetteers/src/countries_extra.tsv)")
    parser.add_argument("--out", default=DEFAULT_OUT,
                        help="output (default: gazetteers/countries.tsv)")
    parser.add_argument("--iso-version", default=None,
                        help="iso-codes version for the header comment "
                             "(default: from dpkg-query, else 'unknown')")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if --out is out of date")
    args = parser.parse_args(argv)

    try:
        extra = read_extra(args.extra)
        iso = read_iso(args.iso)
        version = args.iso_version or iso_codes_version()
        text = generate(iso, extra, version, display_path(args.extra))
    except InputError as e:
        print(e, file=sys.stderr)
        return 2

    shown_out = display_path(args.out)
    if args.check:
        try:
            with open(args.out, encoding="utf-8", newline="") as f:
                current = f.read()
        except OSError as e:
            print(f"{shown_out}: cannot read: {e.strerror}", file=sys.stderr)
            return 1
        if current != text:
            print(f"{shown_out} is out of date; run tools/gen_countries.py",
                  file=sys.stderr)
            return 1
        return 0

    missing = sorted(set(iso) - set(extra))
    if missing:
        print(f"warning: no line in {display_path(args.extra)} for "
              f"{' '.join(missing)}; using iso-codes names only",
              file=sys.stderr)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    print(f"wrote {shown_out}: {text.count(chr(10)) - 2} countries",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
