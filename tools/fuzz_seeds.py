#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/) into DIR/<target>/.

Every seed is made from the project's own files (examples/, tests/golden/,
gazetteers/, rules/), never from ../shared. Byte 0 of a seed is the target's
mode byte (see each *_fuzzer.cc); files are cut to at most 4 KB, libFuzzer's
default input size.

usage: tools/fuzz_seeds.py DIR
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX = 4096


def write(directory, name, data):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data[:MAX])


def chunks(path, lines_per_chunk=40, limit=6):
    """The header (first non-comment line) plus runs of the file's lines."""
    lines = path.read_bytes().split(b"\n")
    body = [l for l in lines if l and not l.startswith(b"#")]
    if not body:
        return []
    header, rows = body[0], body[1:]
    out = []
    step = max(1, len(rows) // limit)
    for start in range(0, len(rows), step):
        out.append(b"\n".join([header] + rows[start:start + lines_per_chunk]) + b"\n")
        if len(out) == limit:
            break
    return out or [header + b"\n"]


def texts():
    found = sorted((ROOT / "examples").glob("*.txt"))
    found += sorted((ROOT / "tests/golden").glob("*/*.txt"))
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    for i, path in enumerate(texts()):
        data = path.read_bytes()
        write(out / "tag_fuzzer", f"text{i}", bytes([i % 8]) + data)
        write(out / "export_fuzzer", f"bytes{i}", data)
        article = {"id": path.stem, "text": data.decode("utf-8", "replace"),
                   "title": path.stem.replace("-", " "), "date": path.stem[:10]}
        write(out / "feed_fuzzer", f"jsonl{i}", b"\x00" + json.dumps(article).encode() + b"\n")
        row = '"' + article["text"].replace('"', '""') + '"'
        write(out / "feed_fuzzer", f"csv{i}",
              b"\x01" + f"id,date,text\n{path.stem},{article['date']},{row}\n".encode())
    for feed in sorted((ROOT / "tests/golden").glob("*/feed.*")):
        mode = b"\x01" if feed.suffix == ".csv" else b"\x00"
        write(out / "feed_fuzzer", feed.parent.name + feed.suffix, mode + feed.read_bytes())
    for gaz in sorted((ROOT / "gazetteers").glob("*.tsv")) + sorted((ROOT / "tests/golden").glob("*/*.tsv")):
        for j, chunk in enumerate(chunks(gaz)):
            write(out / "gazetteer_fuzzer", f"{gaz.parent.name}-{gaz.stem}-{j}", chunk)
    for mode, name in enumerate(["relations.tsv", "dependency.tsv", "triggers.tsv", "lexicon.tsv"]):
        for j, chunk in enumerate(chunks(ROOT / "rules" / name, lines_per_chunk=60, limit=10)):
            write(out / "rules_fuzzer", f"{name}-{j}", bytes([mode]) + chunk)
    for target in sorted(out.iterdir()):
        print(f"{target.name}: {len(list(target.iterdir()))} seeds")


if __name__ == "__main__":
    main()
