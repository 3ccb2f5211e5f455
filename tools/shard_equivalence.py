#!/usr/bin/env python3
"""Checks that the three ways of building a database agree, and times them:

  (a) one `ingest` of a directory;
  (b) the directory's files split into N consecutive shards, one
      `newsgraph extract --input text` per shard run side by side by
      `xargs -P N` (each writing its own records file), then one `load` of
      the records files in shard order;
  (c) one `ingest` per shard into its own database, side by side, then
      `merge` of the shard databases in shard order.

    tools/shard_equivalence.py build/newsgraph ../shared/data/bbc-news-fulltext
    tools/shard_equivalence.py build/newsgraph examples --shards 2 --work /tmp/eq

The three databases must hold the same numbers of documents, entities,
aliases, mentions, relations and relation mentions, and give the same
`export --format json` once its lists are sorted. Prints the counts, the
timings (extract throughput per core from a single-threaded run) and
"equivalent"; exits 1 on any difference. Files go to --work (default: a new
temporary directory, removed at the end unless --keep).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

COLLECTION = {"README", "SOURCE", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG",
              "AUTHORS", "INDEX", "CONTRIBUTING"}
TABLES = ["documents", "entities", "aliases", "mentions", "relations", "relation_mentions",
          "sentences"]


def list_files(root):
    """The files `ingest DIR` takes, in its order (sorted paths, *.txt)."""
    found = []
    for d, _, names in os.walk(root):
        for n in names:
            if n.endswith(".txt") and os.path.splitext(n)[0].upper() not in COLLECTION:
                found.append(os.path.join(d, n))
    return sorted(found, key=lambda p: p.encode())


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def counts(binary, db):
    res = {}
    sql = "; ".join(f"SELECT '{t}', COUNT(*) FROM {t}" for t in TABLES)
    got = subprocess.run(["sqlite3", db, sql], capture_output=True, text=True, check=True).stdout
    for line in got.split("\n"):
        if "|" in line:
            k, v = line.split("|")
            res[k] = int(v)
    return res


def sorted_export(binary, db, work, name):
    path = os.path.join(work, name + ".json")
    run([binary, "export", "--db", db, "--format", "json", "-o", path])
    with open(path) as f:
        g = json.load(f)

    def norm(x):
        if isinstance(x, dict):
            return {k: norm(v) for k, v in x.items()}
        if isinstance(x, list):
            items = [norm(v) for v in x]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
        return x
    return norm(g)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("input_dir")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--work")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    if shutil.which("sqlite3") is None:
        sys.exit("shard_equivalence: needs the sqlite3 command-line shell (Debian: sqlite3)")
    binary = os.path.abspath(args.binary)
    work = args.work or tempfile.mkdtemp(prefix="newsgraph-shards-")
    os.makedirs(work, exist_ok=True)
    files = list_files(os.path.abspath(args.input_dir))
    size = sum(os.path.getsize(f) for f in files)
    n = max(1, min(args.shards, len(files)))
    per = (len(files) + n - 1) // n
    shards = [files[i * per:(i + 1) * per] for i in range(n)]
    shards = [s for s in shards if s]
    lists = []
    for i, s in enumerate(shards):
        p = os.path.join(work, f"shard-{i + 1}.list")
        with open(p, "w") as f:
            f.write("\n".join(s) + "\n")
        lists.append(p)
    for name in ("a", "b", "c"):
        for ext in ("", "-wal", "-shm"):
            if os.path.exists(os.path.join(work, name + ".db" + ext)):
                os.remove(os.path.join(work, name + ".db" + ext))
    t = {}

    # (a) one ingest.
    start = time.time()
    run([binary, "ingest", "--quiet", "--db", os.path.join(work, "a.db"),
         os.path.abspath(args.input_dir)])
    t["ingest"] = time.time() - start

    # (b) extract per shard with xargs -P, then load.
    start = time.time()
    script = f'exec "{binary}" extract --quiet --input text --threads 1 $(cat "$1") > "$1.jsonl"'
    run(["xargs", "-P", str(len(lists)), "-n", "1", "sh", "-c", script, "sh"],
        input="\n".join(lists) + "\n", text=True)
    t["extract"] = time.time() - start
    start = time.time()
    run([binary, "load", "--quiet", "--db", os.path.join(work, "b.db")] +
        [p + ".jsonl" for p in lists])
    t["load"] = time.time() - start
    records = sum(os.path.getsize(p + ".jsonl") for p in lists)

    # (c) one ingest per shard, side by side, then merge.
    start = time.time()
    procs = []
    for i, p in enumerate(lists):
        db = os.path.join(work, f"shard-{i + 1}.db")
        for ext in ("", "-wal", "-shm"):
            if os.path.exists(db + ext):
                os.remove(db + ext)
        procs.append(subprocess.Popen([binary, "ingest", "--quiet", "--threads", "1", "--db", db,
                                       "--files-from", p]))
    for pr in procs:
        if pr.wait() != 0:
            sys.exit("shard_equivalence: a shard ingest failed")
    t["shard ingests"] = time.time() - start
    start = time.time()
    run([binary, "merge", "--quiet", "--db", os.path.join(work, "c.db")] +
        [os.path.join(work, f"shard-{i + 1}.db") for i in range(len(lists))])
    t["merge"] = time.time() - start

    # Extract throughput on one core: every file, one process, one thread.
    start = time.time()
    with open(os.devnull, "w") as null:
        run([binary, "extract", "--quiet", "--input", "text", "--threads", "1"] + files,
            stdout=null)
    t["extract, 1 thread"] = time.time() - start

    ok = True
    ca, cb, cc = (counts(binary, os.path.join(work, d + ".db")) for d in "abc")
    print(f"{len(files)} files, {size / 1e6:.2f} MB, {len(lists)} shards")
    print("table               (a) ingest  (b) extract+load  (c) shards+merge")
    for k in TABLES:
        same = ca[k] == cb[k] == cc[k]
        ok = ok and same
        print(f"{k:<19} {ca[k]:>10}  {cb[k]:>16}  {cc[k]:>16}{'' if same else '  DIFFERENT'}")
    ea, eb, ec = (sorted_export(binary, os.path.join(work, d + ".db"), work, d) for d in "abc")
    for label, e in (("(b)", eb), ("(c)", ec)):
        if e != ea:
            ok = False
            print(f"export --format json of {label} differs from (a)'s")
    print("export --format json, sorted: " + ("identical" if ok else "see above"))
    for k, v in t.items():
        extra = ""
        if k == "extract, 1 thread":
            extra = f"  ({size / 1e6 / v:.2f} MB/s per core)"
        elif k == "load":
            extra = f"  ({size / 1e6 / v:.2f} MB/s of text; records {records / 1e6:.1f} MB)"
        elif k in ("ingest", "merge"):
            extra = f"  ({size / 1e6 / v:.2f} MB/s of text)"
        print(f"{k:<20} {v:7.2f} s{extra}")
    print("equivalent" if ok else "NOT equivalent")
    if not args.keep and not args.work:
        shutil.rmtree(work)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
