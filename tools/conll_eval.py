#!/usr/bin/env python3
"""Score newsgraph's tagging on CoNLL-2003 English (PER, ORG, LOC).

Rebuilds each CoNLL document as text (tokens joined by spaces, one sentence
per paragraph), ingests the documents into a scratch database with
`newsgraph ingest`, reads the mentions back from SQLite, and compares them
with the gold spans: exact span and type, per type and overall.

Type mapping: PERSON->PER, ORG->ORG, COUNTRY/CITY/REGION->LOC. CoNLL tags
nationality adjectives ("German") as MISC, a different convention, so our
demonym mentions are left out of the score and counted separately.

    tools/conll_eval.py [--split eng.testa] [--data ../shared/data/conll2003-en]
                        [--newsgraph build/newsgraph] [--errors N]

eng.testb is kept for final measurement: do not tune on it.
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "CITY": "LOC", "REGION": "LOC"}
SCORED = ("PER", "ORG", "LOC")


def read_conll(path):
    """Yields documents as lists of sentences of (token, tag)."""
    doc, sent = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    yield doc
                doc = []
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            parts = line.split(" ")
            sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def build(doc):
    """Returns (text, gold spans {(begin, end, type)}) for one document."""
    text_parts, gold = [], set()
    pos = 0
    for si, sent in enumerate(doc):
        if si:
            text_parts.append("\n\n")
            pos += 2
        cur = None  # (begin, end, type)
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                text_parts.append(" ")
                pos += 1
            b = pos
            text_parts.append(tok)
            pos += len(tok.encode("utf-8"))
            if tag == "O":
                if cur:
                    gold.add(cur)
                cur = None
                continue
            bio, typ = tag.split("-", 1)
            if cur and cur[2] == typ and bio == "I":
                cur = (cur[0], pos, typ)
            else:
                if cur:
                    gold.add(cur)
                cur = (b, pos, typ)
        if cur:
            gold.add(cur)
    return "".join(text_parts), {g for g in gold if g[2] in SCORED}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="eng.testa")
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data", "conll2003-en"))
    ap.add_argument("--newsgraph", default=os.path.join(root, "build", "newsgraph"))
    ap.add_argument("--errors", type=int, default=0, help="print N false positives and N misses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    path = os.path.join(args.data, args.split)
    if not os.path.exists(path):
        print(f"skipped: {path} not found (CoNLL-2003 lives in ../shared/data)", file=sys.stderr)
        return 0
    if args.split == "eng.testb":
        print("note: eng.testb is the held-out test set; report it, never tune on it", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        texts_dir = os.path.join(tmp, "docs")
        os.mkdir(texts_dir)
        gold_by_doc = {}
        for i, doc in enumerate(read_conll(path)):
            text, gold = build(doc)
            name = os.path.join(texts_dir, f"doc{i:04d}.txt")
            with open(name, "w", encoding="utf-8") as f:
                f.write(text)
            gold_by_doc[name] = (text, gold)
        db = os.path.join(tmp, "conll.db")
        subprocess.run([args.newsgraph, "ingest", "-q", "--no-relations", "--db", db, texts_dir], check=True)
        con = sqlite3.connect(db)
        rows = con.execute(
            "SELECT d.name, m.begin, m.end, e.type, m.how FROM mentions m "
            "JOIN documents d ON d.id = m.document_id JOIN entities e ON e.id = m.entity_id")
        pred_by_doc = defaultdict(set)
        demonyms = 0
        for name, b, e, typ, how in rows:
            if how == "demonym":
                demonyms += 1
                continue
            t = TYPE_MAP.get(typ)
            if t:
                pred_by_doc[name].add((b, e, t))

    counts = {t: Counter() for t in SCORED}
    fps, fns = [], []
    for name, (text, gold) in gold_by_doc.items():
        pred = pred_by_doc.get(name, set())
        raw = text.encode("utf-8")
        for g in gold:
            if g in pred:
                counts[g[2]]["tp"] += 1
            else:
                counts[g[2]]["fn"] += 1
                fns.append(f"{g[2]}:{raw[g[0]:g[1]].decode()}")
        for p in pred - gold:
            counts[p[2]]["fp"] += 1
            fps.append(f"{p[2]}:{raw[p[0]:p[1]].decode()}")
    total = Counter()
    result = {}
    for t in SCORED:
        total.update(counts[t])
        result[t] = prf(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"])
    result["ALL"] = prf(total["tp"], total["fp"], total["fn"])
    if args.json:
        import json
        print(json.dumps({k: dict(zip(("p", "r", "f1"), v)) for k, v in result.items()}))
    else:
        print(f"CoNLL-2003 {args.split}: {len(gold_by_doc)} documents; exact span+type match")
        for t in SCORED + ("ALL",):
            c = total if t == "ALL" else counts[t]
            p, r, f = result[t]
            print(f"{t:4s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={c['tp']} fp={c['fp']} fn={c['fn']})")
        print(f"demonym mentions left out (CoNLL MISC convention): {demonyms}")
    if args.errors:
        print("false positives:", "; ".join(f"{k} x{v}" for k, v in Counter(fps).most_common(args.errors)))
        print("misses:", "; ".join(f"{k} x{v}" for k, v in Counter(fns).most_common(args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
