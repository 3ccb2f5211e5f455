#!/usr/bin/env python3
"""Writes a synthetic gazetteer of N names for scale measurements.

    tools/synthetic_gazetteer.py 1000000 /tmp/synthetic-1m.tsv [CORPUS_DIR]

Names are 1-4 words: pseudo-words made of syllables ("Kaloven Mira") and,
three times in ten, capitalised words read from the *.txt files under
CORPUS_DIR (when given), so that some names really occur in news and the
tagger meets them. Ids are syn:0..N-1, types alternate PERSON and ORG.
Deterministic for given arguments. The file is ours to write anywhere; it is
never committed (it may hold words of a third-party corpus).
"""
import os
import random
import re
import sys
from collections import Counter

SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "ni", "el", "dor",
             "ba", "zu", "ri", "an", "kel", "mar", "os", "ti", "no", "gra"]


def corpus_words(corpus_dir, limit=3000):
    counts = Counter()
    word = re.compile(r"\b[A-Z][a-z]{2,}\b")
    files = []
    for root, _, names in os.walk(corpus_dir):
        files += [os.path.join(root, n) for n in names if n.endswith(".txt")]
    for path in sorted(files)[:5000]:
        with open(path, encoding="utf-8", errors="replace") as f:
            counts.update(word.findall(f.read()))
    return [w for w, _ in counts.most_common(limit)]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[2].strip())
    n, out_path = int(sys.argv[1]), sys.argv[2]
    real = corpus_words(sys.argv[3]) if len(sys.argv) == 4 else []
    rng = random.Random(42)
    pseudo = []
    for _ in range(40000):
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        pseudo.append(w.capitalize())
    seen = set()
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("id\ttype\tname\n")
        while len(seen) < n:
            words = []
            for _ in range(rng.randint(1, 4)):
                use_real = real and rng.random() < 0.3
                words.append(rng.choice(real) if use_real else rng.choice(pseudo))
            name = " ".join(words)
            if name in seen:
                continue
            i = len(seen)
            seen.add(name)
            out.write(f"syn:{i}\t{'ORG' if i & 1 else 'PERSON'}\t{name}\n")


if __name__ == "__main__":
    main()
