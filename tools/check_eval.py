#!/usr/bin/env python3
"""Evaluation gate: runs `newsgraph eval` on a gold set, checks the scores
against minimum F1 values, and (when ../shared/eval/score.py is present)
checks that the reference scorer gives the same numbers on the same graphs.

    tools/check_eval.py NEWSGRAPH GOLD_DIR TEXTS_DIR [--min NAME=F1 ...]

NAME is a score name printed by the scorer (entity_PERSON, relation_core...).
Exit 0 when every check passes, 1 when one fails, 77 (CTest's skip code)
when the gold or texts are absent.
"""
import json
import os
import subprocess
import sys
import tempfile


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    ng, gold, texts = argv[:3]
    mins = {}
    rest = argv[3:]
    i = 0
    while i < len(rest):
        if rest[i] == "--min":
            name, value = rest[i + 1].split("=")
            mins[name] = float(value)
            i += 2
        else:
            print(f"unknown argument {rest[i]}", file=sys.stderr)
            return 2
    if not os.path.isdir(gold) or not os.path.isdir(texts):
        print(f"skipped: {gold} or {texts} not found", file=sys.stderr)
        return 77
    ok = True
    with tempfile.TemporaryDirectory() as graphs:
        out = subprocess.run([ng, "eval", gold, "--texts", texts, "--graphs", graphs, "--json"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stdout + out.stderr)
            return 1
        ours = json.loads(out.stdout)
        text = subprocess.run([ng, "eval", gold, "--texts", texts], capture_output=True, text=True).stdout
        print(text)
        here = os.path.dirname(os.path.abspath(__file__))
        score_py = os.path.join(here, "..", "..", "shared", "eval", "score.py")
        if os.path.exists(score_py):
            ref = subprocess.run([sys.executable, score_py, "--dir", gold, graphs, "--json"],
                                 capture_output=True, text=True)
            theirs = json.loads(ref.stdout)
            for name, value in theirs["scores"].items():
                mine = ours["scores"].get(name)
                if mine is None or any(abs(a - b) > 1e-9 for a, b in zip(mine, value)):
                    print(f"DISAGREE with score.py on {name}: ours {mine}, score.py {value}")
                    ok = False
            if ok:
                print("agrees with ../shared/eval/score.py on every score")
        for name, minimum in mins.items():
            f1 = ours["scores"][name][2]
            status = "ok" if f1 >= minimum else "FAIL"
            if f1 < minimum:
                ok = False
            print(f"{status}: {name} F1={f1:.3f} (minimum {minimum})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
