#!/usr/bin/env python3
"""A blind check of relation extraction on the PETRARCH-2 validation sentences.

    tools/blind_petrarch.py build/newsgraph [--verbose]

Reads ../shared/data/petrarch-cameo-validation/PETR2_GSR_validation.xml (78
sentences with CAMEO event codings; MIT) and runs `newsgraph tag --relations`
on each sentence's text. A gold event counts when its CAMEO code maps to one of
our relation types (rules/src/cameo_selection.tsv's `code` lines); the
comparison is by type per sentence (the actor codes, such as USAGOV, are not
our entities): a gold type the sentence's relations include is found, a type
we produce that the sentence's gold lacks is a false alarm. Negated relations
are left out. Prints counts, precision and recall by type.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXTRA = os.environ.get("NEWSGRAPH_TAG_FLAGS", "").split()
DATA = os.path.join(ROOT, "..", "shared", "data", "petrarch-cameo-validation", "PETR2_GSR_validation.xml")


def code_map():
    codes = {}
    with open(os.path.join(ROOT, "rules", "src", "cameo_selection.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[0] == "code":
                codes[cols[1]] = [c for c in cols[2].split(",") if c and not c.startswith("!")]
    def types_of(code):
        return {t for t, prefixes in codes.items() if any(code.startswith(p) for p in prefixes)}
    return types_of


def sentences(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    for m in re.finditer(r"<Sentence ([^>]*)>(.*?)(?=<Sentence |</Sentences>)", text, re.S):
        attrs, body = m.group(1), m.group(2)
        sid = re.search(r'id="([^"]*)"', attrs).group(1)
        codes = re.findall(r'<EventCoding[^>]*eventcode="([^"]*)"', body)
        t = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if t:
            yield sid, codes, " ".join(t.group(1).split())


def main(argv):
    binary = argv[0]
    verbose = "--verbose" in argv
    if not os.path.exists(DATA):
        print(f"blind_petrarch: {DATA} is absent; skipped")
        return 77
    types_of = code_map()
    tp, fp, fn = Counter(), Counter(), Counter()
    for sid, codes, text in sentences(DATA):
        gold = set()
        for c in codes:
            gold |= types_of(c)
        out = subprocess.run([binary, "tag", "-", "--relations"] + EXTRA, input=text.encode(),
                             capture_output=True).stdout.decode()
        found = set()
        for line in out.splitlines():
            j = json.loads(line)
            if "relation" in j and j["modality"] != "negated" and j["relation"] != "affiliated_with":
                found.add(j["relation"])
        for t in gold & found:
            tp[t] += 1
        for t in found - gold:
            fp[t] += 1
        for t in gold - found:
            fn[t] += 1
        if verbose and (gold or found):
            print(f"{sid}: gold {sorted(gold)} found {sorted(found)} | {text[:110]}")
    types = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'type':16s} {'gold':>5s} {'found':>6s} {'false':>6s}  P      R")
    for t in types + ["all"]:
        a = sum(tp.values()) if t == "all" else tp[t]
        b = sum(fp.values()) if t == "all" else fp[t]
        c = sum(fn.values()) if t == "all" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        print(f"{t:16s} {a + c:5d} {a:6d} {b:6d}  {p:.3f}  {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
