#!/usr/bin/env python3
"""Prints issue 13's table of speed at scale on this machine: each figure of
the program under test beside the same figure of a baseline binary, measured
in the same run (median of --runs runs, wall time and peak RSS as
/usr/bin/time reports them).

    tools/scale_table.py build/newsgraph                       # new figures only
    tools/scale_table.py build/newsgraph --base /tmp/old/newsgraph
    tools/scale_table.py build/newsgraph --rows ingest,tag,gazetteer
    tools/scale_table.py build/newsgraph --rows graph --graph-db /tmp/g1m.db

Rows (--rows, comma-separated; default all but "exports"):
  ingest     ingest of the BBC set (shared/data/bbc-news-fulltext), default
             threads and --threads 1; re-ingest of the unchanged set
  tag        `tag` of the BBC set as one file
  gazetteer  a synthetic 1,000,000-name gazetteer (tools/synthetic_gazetteer.py):
             `tag` of a one-line file with it (load), and of the BBC file with
             it against the shipped lists alone
  graph      `query path`, `query neighbors`, `query top` on a database of
             1M entities and 5M relations (--graph-db; made by
             `build/graph_bench --generate=DB --entities=1000000
             --relations=5000000` when missing)
  exports    `export --format json` and `graphml` of that database (slow for
             old binaries: minutes and many GB)
  growth     ingest of 1x, 2x, 4x and 8x the BBC set (copies made distinct by
             a line at their end)
The baseline runs first on each row, so a database it reads has not been
touched by the new binary. Work files go to --work (default
/tmp/newsgraph-scale); nothing is written into the project.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, stdin=None):
    """Runs cmd under /usr/bin/time; returns (seconds, peak RSS MB, exit code)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", t.name] + cmd
        with open(stdin or os.devnull, "rb") as inp:
            rc = subprocess.call(full, stdin=inp, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        fields = t.read().split()[-2:]
    return float(fields[0]), int(fields[1]) / 1024.0, rc


def median_run(cmd, runs, before=None):
    """Median wall seconds and peak RSS of `runs` runs (after `before()`)."""
    secs, rss = [], []
    for _ in range(runs):
        if before:
            before()
        s, m, rc = timed(cmd)
        if rc not in (0,):
            print(f"  note: {' '.join(cmd[:3])} ... exited {rc}", file=sys.stderr)
        secs.append(s)
        rss.append(m)
    return statistics.median(secs), statistics.median(rss)


def remove_db(path):
    for ext in ("", "-wal", "-shm", "-journal", ".graph"):
        if os.path.exists(path + ext):
            os.remove(path + ext)


class Table:
    def __init__(self, has_base):
        self.has_base = has_base
        self.rows = []

    def add(self, what, new, base, target):
        self.rows.append((what, new, base if self.has_base else "", target))
        print(f"  {what}: {new}" + (f"  (baseline {base})" if self.has_base else ""),
              file=sys.stderr, flush=True)

    def print(self):
        head = ("measure", "new", "baseline", "target")
        widths = [max(len(str(r[i])) for r in self.rows + [head]) for i in range(4)]
        line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
        print(line(head))
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in self.rows:
            print(line(r))


def mbps(size, secs):
    return f"{size / 1e6 / secs:.1f} MB/s ({secs:.2f} s)"


def tree_size(path):
    total = 0
    for root, _, names in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, n)) for n in names if n.endswith(".txt"))
    return total


def ingest_rows(t, bins, args, bbc):
    size = tree_size(bbc)
    db = os.path.join(args.work, "ingest.db")
    for label, extra in (("ingest BBC, default threads", []),
                         ("ingest BBC, --threads 1", ["--threads", "1"])):
        res = {}
        for name, b in bins:
            s, m = median_run([b, "ingest", "--quiet", "--db", db] + extra + [bbc], args.runs,
                              before=lambda: remove_db(db))
            res[name] = mbps(size, s) + f", {m:.0f} MB"
        t.add(label, res["new"], res.get("base"), ">= 25 MB/s" if not extra else ">= 12 MB/s")
    res = {}
    for name, b in bins:
        remove_db(db)
        subprocess.check_call([b, "ingest", "--quiet", "--db", db, bbc])
        s, m = median_run([b, "ingest", "--quiet", "--db", db, bbc], args.runs)
        res[name] = mbps(size, s)
    remove_db(db)
    t.add("re-ingest BBC, unchanged", res["new"], res.get("base"), ">= 100 MB/s")


def bbc_one_file(args, bbc):
    path = os.path.join(args.work, "bbc-all.txt")
    if not os.path.exists(path):
        files = []
        for root, _, names in os.walk(bbc):
            files += [os.path.join(root, n) for n in names
                      if n.endswith(".txt") and n != "SOURCE.txt"]
        with open(path, "wb") as out:
            for f in sorted(files):
                with open(f, "rb") as inp:
                    out.write(inp.read().rstrip(b"\n") + b"\n\n")
    return path


def tag_rows(t, bins, args, bbc):
    one = bbc_one_file(args, bbc)
    size = os.path.getsize(one)
    res = {}
    for name, b in bins:
        s, m = median_run([b, "tag", one], args.runs)
        res[name] = mbps(size, s) + f", {m:.0f} MB"
    t.add("tag BBC as one file", res["new"], res.get("base"), ">= 30 MB/s")


def gazetteer_rows(t, bins, args, bbc):
    gaz = os.path.join(args.work, "synthetic-1m.tsv")
    if not os.path.exists(gaz):
        subprocess.check_call([sys.executable, os.path.join(ROOT, "tools/synthetic_gazetteer.py"),
                               "1000000", gaz, bbc])
    small = os.path.join(args.work, "one-line.txt")
    with open(small, "w") as f:
        f.write("The minister met reporters in Paris on Monday.\n")
    one = bbc_one_file(args, bbc)
    size = os.path.getsize(one)
    load, ratio = {}, {}
    for name, b in bins:
        subprocess.call([b, "tag", "--add-gazetteer", gaz, small], stdout=subprocess.DEVNULL)
        s, m = median_run([b, "tag", "--add-gazetteer", gaz, small], args.runs)
        load[name] = f"{s:.2f} s, {m:.0f} MB"
        big, _ = median_run([b, "tag", "--add-gazetteer", gaz, one], args.runs)
        shipped, _ = median_run([b, "tag", one], args.runs)
        ratio[name] = f"{shipped / big:.2f}x ({mbps(size, big)})"
    t.add("1M-name gazetteer: tag a one-line file", load["new"], load.get("base"),
          "< 0.5 s, < 300 MB")
    t.add("1M-name gazetteer: tag speed vs shipped", ratio["new"], ratio.get("base"), ">= 0.7x")


def graph_db(args):
    db = args.graph_db or os.path.join(args.work, "g1m.db")
    if not os.path.exists(db):
        gen = os.path.join(ROOT, "build", "graph_bench")
        subprocess.check_call([gen, f"--generate={db}", "--entities=1000000",
                               "--relations=5000000"])
    return db


def graph_rows(t, bins, args):
    db = graph_db(args)
    queries = (("query path (1M/5M)", ["query", "path", "--db", db, "synthetic:17",
                                       "synthetic:777777"], "< 0.2 s"),
               ("query neighbors (1M/5M)", ["query", "neighbors", "--db", db, "synthetic:17"],
                "< 0.2 s"),
               ("query top (1M/5M)", ["query", "top", "--db", db], "< 2 s"))
    for label, cmd, target in queries:
        res = {}
        for name, b in bins:
            subprocess.call([b] + cmd, stdout=subprocess.DEVNULL)  # builds caches, if any
            s, m = median_run([b] + cmd, args.runs)
            res[name] = f"{s:.2f} s, {m:.0f} MB"
        t.add(label, res["new"], res.get("base"), target)


def export_rows(t, bins, args):
    db = graph_db(args)
    out = os.path.join(args.work, "export.out")
    for fmt in ("json", "graphml"):
        res = {}
        for name, b in bins:
            s, m = median_run([b, "export", "--db", db, "--format", fmt, "-o", out], 1)
            res[name] = f"{s:.1f} s, {m:.0f} MB"
        if os.path.exists(out):
            os.remove(out)
        t.add(f"export --format {fmt} (1M/5M)", res["new"], res.get("base"), "< 60 s, < 1 GB")


def growth_rows(t, bins, args, bbc):
    files = []
    for root, _, names in os.walk(bbc):
        files += [os.path.join(root, n) for n in names
                  if n.endswith(".txt") and n != "SOURCE.txt"]
    files.sort()
    for k in (1, 2, 4, 8):
        d = os.path.join(args.work, f"bbc-x{k}")
        if not os.path.isdir(d):
            os.makedirs(d)
            for c in range(k):
                for i, f in enumerate(files):
                    with open(f, "rb") as inp:
                        text = inp.read()
                    name = os.path.join(d, f"c{c}-{i:05d}.txt")
                    with open(name, "wb") as out:
                        out.write(text.rstrip(b"\n") + f"\n\n(Copy {c}.)\n".encode())
        size = tree_size(d)
        db = os.path.join(args.work, "growth.db")
        res = {}
        for name, b in bins:
            s, m = median_run([b, "ingest", "--quiet", "--db", db, d], 1,
                              before=lambda: remove_db(db))
            res[name] = mbps(size, s) + f", {m:.0f} MB"
        remove_db(db)
        t.add(f"ingest {k}x BBC ({size / 1e6:.0f} MB)", res["new"], res.get("base"), "linear")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--base", help="baseline newsgraph binary, measured in the same run")
    ap.add_argument("--rows", default="ingest,tag,gazetteer,graph,growth")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--work", default="/tmp/newsgraph-scale")
    ap.add_argument("--graph-db", help="the 1M/5M database (made when missing)")
    args = ap.parse_args()
    bbc = os.path.join(args.shared, "data", "bbc-news-fulltext")
    if not os.path.isdir(bbc):
        sys.exit(f"scale_table: {bbc} is missing (the BBC set is read from ../shared)")
    os.makedirs(args.work, exist_ok=True)
    bins = ([("base", os.path.abspath(args.base))] if args.base else []) + \
        [("new", os.path.abspath(args.binary))]
    t = Table(bool(args.base))
    rows = args.rows.split(",")
    if "ingest" in rows:
        ingest_rows(t, bins, args, bbc)
    if "tag" in rows:
        tag_rows(t, bins, args, bbc)
    if "gazetteer" in rows:
        gazetteer_rows(t, bins, args, bbc)
    if "graph" in rows:
        graph_rows(t, bins, args)
    if "exports" in rows:
        export_rows(t, bins, args)
    if "growth" in rows:
        growth_rows(t, bins, args, bbc)
    t.print()


if __name__ == "__main__":
    main()
