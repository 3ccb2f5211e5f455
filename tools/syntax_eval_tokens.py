#!/usr/bin/env python3
"""Scores newsgraph's own tokenization + tagging + parsing against a gold treebank.

    tools/syntax_eval_tokens.py build/newsgraph GOLD.conllu

The "# text =" line of every gold sentence is given to `newsgraph parse` as raw
text (sentences separated by blank lines), so tokens and sentences are ours.
System and gold words are aligned by their character spans in that text, as
the CoNLL 2018 evaluation does (a multiword token's words get the parts of the
token their forms spell; words that cannot be placed are unaligned). Prints
precision, recall and F1 of words (tokenization), and F1 of UPOS, LEMMA, UAS
and LAS (a word counts when aligned and correct, its head aligned to the gold
head; LAS compares the universal part of the relation).
"""
import subprocess
import sys


def read_blocks(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        blocks.append(cur)
    return blocks


def place(doc, pos, form):
    """Start of `form` in doc at or after pos, skipping white space."""
    while pos < len(doc) and doc[pos].isspace():
        pos += 1
    if doc.startswith(form, pos):
        return pos
    return -1


def words_with_spans(blocks, doc):
    """Per word: (start, end, form, lemma, upos, head_index_global, deprel)."""
    out = []
    pos = 0
    for block in blocks:
        base = len(out)
        rows = [l.split("\t") for l in block if not l.startswith("#")]
        i = 0
        local = []
        while i < len(rows):
            c = rows[i]
            if "." in c[0]:
                i += 1
                continue
            if "-" in c[0]:
                a, b = map(int, c[0].split("-"))
                start = place(doc, pos, c[1].replace("_", " ") if c[1] != "_" else c[1])
                subs = rows[i + 1:i + 1 + (b - a + 1)]
                if start < 0:
                    for s in subs:
                        local.append((-1, -1, s))
                else:
                    end = start + len(c[1])
                    pos = end
                    token = doc[start:end]
                    at = start
                    ok = True
                    for s in subs:
                        f = s[1]
                        if ok and token[at - start:].lower().startswith(f.lower()):
                            local.append((at, at + len(f), s))
                            at += len(f)
                        else:
                            ok = False
                            local.append((-1, -1, s))
                i += 1 + len(subs)
                continue
            start = place(doc, pos, c[1])
            if start >= 0:
                pos = start + len(c[1])
                local.append((start, pos, c))
            else:
                local.append((-1, -1, c))
            i += 1
        for (s, e, c) in local:
            head = int(c[6]) if c[6] not in ("_", "0") else 0
            out.append((s, e, c[1], c[2], c[3], base + head - 1 if head > 0 else -1,
                        c[7].split(":")[0]))
    return out


def main(argv):
    binary, gold_path = argv[0], argv[1]
    gold_blocks = read_blocks(open(gold_path, encoding="utf-8").read())
    texts = []
    for b in gold_blocks:
        t = [l[len("# text = "):] for l in b if l.startswith("# text = ")]
        texts.append(t[0] if t else "")
    doc = "\n\n".join(texts) + "\n"
    proc = subprocess.run([binary, "parse", "-", "--no-relations"], input=doc.encode(),
                          capture_output=True, check=True)
    sys_blocks = read_blocks(proc.stdout.decode())
    gold = words_with_spans(gold_blocks, doc)
    system = words_with_spans(sys_blocks, doc)
    gspan = {(w[0], w[1]): i for i, w in enumerate(gold) if w[0] >= 0}
    align = {}
    for j, w in enumerate(system):
        if w[0] >= 0 and (w[0], w[1]) in gspan:
            align[j] = gspan[(w[0], w[1])]
    n_gold, n_sys, n_al = len(gold), len(system), len(align)
    counts = {"UPOS": 0, "LEMMA": 0, "UAS": 0, "LAS": 0}
    for j, i in align.items():
        s, g = system[j], gold[i]
        counts["UPOS"] += s[4] == g[4]
        counts["LEMMA"] += s[3].lower() == g[3].lower()
        sh = s[5]
        head_ok = (sh == -1 and g[5] == -1) or (sh >= 0 and align.get(sh) == g[5] and g[5] >= 0)
        counts["UAS"] += head_ok
        counts["LAS"] += head_ok and s[6] == g[6]
    p, r = n_al / n_sys, n_al / n_gold
    print(f"words: gold {n_gold} system {n_sys} aligned {n_al}  P={p:.4f} R={r:.4f} "
          f"F1={2 * p * r / (p + r):.4f}")
    print(" ".join(f"{k}={2 * v / (n_gold + n_sys):.4f}" for k, v in counts.items()) +
          "  (F1 over gold and system words)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
