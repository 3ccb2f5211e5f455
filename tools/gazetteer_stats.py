#!/usr/bin/env python3
"""Counts the shipped gazetteers: entries, names and ambiguous names per file.

    tools/gazetteer_stats.py [--dir gazetteers] [--json]

entries   distinct ids of the file (lines sharing an id are one entry);
names     distinct strings of its name, aliases, acronyms, demonyms, capitals
          and shortforms columns;
ambiguous distinct strings of its `ambiguous` column.
The totals count distinct names over all files, and "sourced" adds up the
entries of the files generated from sourced data (GENERATION_ORDER of
tools/generated_file.py); the rest are hand-written. These are the figures
README.md's gazetteer table quotes.
"""
import argparse
import glob
import json
import os
import sys

from generated_file import GENERATION_ORDER, read_tsv, values

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_COLUMNS = ("name", "aliases", "acronyms", "demonyms", "capitals", "shortforms")


def file_stats(path):
    ids, names, ambiguous = set(), set(), set()
    for row in read_tsv(path):
        ids.add(row["id"])
        names.update(v.strip() for v in values(row, *NAME_COLUMNS))
        ambiguous.update(v.strip() for v in values(row, "ambiguous"))
    return {"entries": len(ids), "names": names, "ambiguous": len(ambiguous)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.join(os.path.dirname(HERE), "gazetteers"))
    ap.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "*.tsv")))
    if not files:
        sys.exit(f"gazetteer_stats: no *.tsv files in {args.dir}")
    rows, all_names, sourced = [], set(), 0
    for path in files:
        s = file_stats(path)
        name = os.path.basename(path)
        generated = name in GENERATION_ORDER
        sourced += s["entries"] if generated else 0
        all_names |= s["names"]
        rows.append({"file": name, "entries": s["entries"], "names": len(s["names"]),
                     "ambiguous": s["ambiguous"], "generated": generated})
    total = {"entries": sum(r["entries"] for r in rows), "names": len(all_names),
             "sourced_entries": sourced}
    if args.json:
        json.dump({"files": rows, "total": total}, sys.stdout, indent=1)
        print()
        return
    print(f"{'file':24} {'entries':>8} {'names':>8} {'ambiguous':>9}  from")
    for r in rows:
        print(f"{r['file']:24} {r['entries']:>8,} {r['names']:>8,} {r['ambiguous']:>9,}  "
              f"{'generated' if r['generated'] else 'hand-written'}")
    print(f"{'all files':24} {total['entries']:>8,} {total['names']:>8,} (distinct names)")
    print(f"{'sourced (generated)':24} {total['sourced_entries']:>8,}")


if __name__ == "__main__":
    main()
