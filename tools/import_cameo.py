#!/usr/bin/env python3
"""Turns the CAMEO verb dictionary into newsgraph's relation trigger lexicon.

    tools/import_cameo.py [--cameo PATH] [--selection PATH] [-o rules/triggers.tsv]
    tools/import_cameo.py --check        # the committed file is what the importer writes

Reads CAMEO.2.0.txt (PETRARCH2 / Phoenix dictionaries, MIT licence) from
../shared/data/petrarch2-phoenix-dictionaries and rules/src/cameo_selection.tsv
(which codes fit which relation type, which verbs may trigger on their own),
and writes rules/triggers.tsv: one trigger per line, with its relation type,
lemma, inflected forms, the objects it needs (if any) and its CAMEO code.

CAMEO format: blocks start "---  NAME   [CODE]  ---"; then verb lines
("MEET {MEETS MET MEETING}", "+MEET_WITH {...}" for phrases, a verb's own
"[CODE]" overriding the block's); then pattern lines "- * OBJECT [CODE] # ..."
where OBJECT is a word, "{TWO WORDS}" or a synonym set "&NAME" defined at the
top ("&TREATY" = +TREATY +PACT ...). A code "a:b" is the source's code and the
target's; the first is used.
"""
import argparse
import os
import re
import sys

from generated_file import write_or_check

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CAMEO = os.path.join(ROOT, "..", "shared", "data", "petrarch2-phoenix-dictionaries", "CAMEO.2.0.txt")
DEFAULT_SOURCE = os.path.join(os.path.dirname(DEFAULT_CAMEO), "SOURCE.txt")

IRREGULAR_PAST = {}  # filled from CAMEO's own {FORMS} where given


def words(name):
    return name.strip("+").rstrip("_").replace("_", " ").lower()


def regular_forms(verb):
    """base, -s, past, -ing of a regular English verb (a phrase inflects its first word)."""
    head, _, rest = verb.partition(" ")
    tail = (" " + rest) if rest else ""
    if head.endswith(("s", "x", "z", "ch", "sh")):
        s = head + "es"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        s = head[:-1] + "ies"
    else:
        s = head + "s"
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        past, ing = head[:-1] + "ied", head + "ing"
    elif (len(head) >= 3 and head[-1] not in "aeiouwxy" and head[-2] in "aeiou"
          and head[-3] not in "aeiou" and len(head) <= 4):
        past, ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    return [head + tail, s + tail, past + tail, ing + tail]


def parse_cameo(path):
    synsets, blocks = {}, []
    current_set, block = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                block = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []}
                blocks.append(block)
                current_set = None
                continue
            if block is None:
                if line.startswith("&"):
                    current_set = line.strip()
                    synsets[current_set] = []
                elif line.startswith("+") and current_set:
                    synsets[current_set].append(words(line.split("#")[0].strip()))
                continue
            body = line.split("#")[0].rstrip()
            if line.startswith("-"):
                pm = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", body)
                if pm:
                    block["patterns"].append((pm.group(1).strip(), pm.group(2)))
                continue
            vm = re.match(r"^(\+?[A-Z][A-Z_\-']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", body.strip())
            if vm:
                forms = [words(x) for x in (vm.group(2) or "").strip("{}").split()]
                code = (vm.group(3) or "").strip("[]") or None
                block["verbs"].append((vm.group(1), forms, code))
    return synsets, blocks


def first_code(code):
    return (code or "").split(":")[0].strip()


def read_selection(path):
    codes, verbs, objects, noobjects = {}, {}, {}, {}
    with open(path, encoding="utf-8") as f:
        header = False
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header:
                header = True
                continue
            if len(cols) != 3:
                sys.exit(f"{path}:{n}: expected 3 tab-separated columns, got {len(cols)}")
            kind, relation, value = cols
            items = [v.strip() for v in value.split(",") if v.strip()]
            if kind == "code":
                codes[relation] = items
            elif kind == "verbs":
                verbs[relation] = set(items)
            elif kind == "objects":
                objects[relation] = set(items)
            elif kind == "noobjects":
                noobjects[relation] = set(items)
            else:
                sys.exit(f"{path}:{n}: unknown kind '{kind}' (code, verbs, objects, noobjects)")
    return codes, verbs, objects, noobjects


def relations_of(code, codes):
    """The relation types a CAMEO code fits, sorted."""
    if not code or code.startswith("-"):
        return []
    out = []
    for relation, prefixes in sorted(codes.items()):
        if any(p.startswith("!") and code.startswith(p[1:]) for p in prefixes):
            continue
        if any(not p.startswith("!") and code.startswith(p) for p in prefixes):
            out.append(relation)
    return out


def expand_object(text, synsets):
    """The object phrases of a pattern's object part, or [] when not a plain object."""
    text = text.strip()
    m = re.match(r"^\{([^}]*)\}$", text)
    if m:
        parts = m.group(1).split()
        options = [[]]
        for p in parts:
            alts = synsets.get(p, None) if p.startswith("&") else [words(p)]
            if not alts:
                return []
            options = [o + [a] for o in options for a in alts]
        return [" ".join(o) for o in options]
    if text.startswith("&"):
        return list(synsets.get(text, []))
    if re.match(r"^[A-Z][A-Z\-']*$", text):
        return [words(text)]
    return []


def build(cameo_path, selection_path):
    synsets, blocks = parse_cameo(cameo_path)
    codes, allowed, object_verbs, denied_objects = read_selection(selection_path)
    rows = {}  # (relation, lemma, objects) -> (forms, code, block)

    def add(relation, verb, forms, objects, code, block):
        lemma = words(verb)
        all_forms = sorted(set(regular_forms(lemma) + [f for f in forms if f]))
        key = (relation, lemma, objects)
        if key not in rows:
            rows[key] = ("|".join(all_forms), code, block)

    for b in blocks:
        block_code = first_code(b["code"])
        for verb, forms, own in b["verbs"]:
            code = first_code(own) if own else block_code
            for relation in relations_of(code, codes):
                if verb.strip("+") in allowed.get(relation, set()):
                    add(relation, verb, forms, "", code, b["name"])
        for pattern, pcode in b["patterns"]:
            code = first_code(pcode)
            m = re.match(r"^\*\s+(\{[^}]*\}|&?[A-Z][A-Z_\-']*)\s*(\(.*\))?$", pattern)
            if not m:
                continue
            for relation in relations_of(code, codes):
                chosen = object_verbs.get(relation, set())
                objects = [o for o in expand_object(m.group(1), synsets)
                           if o not in denied_objects.get(relation, set())]
                if not objects:
                    continue
                for verb, forms, _ in b["verbs"]:
                    if "*" in chosen or verb.strip("+") in chosen:
                        add(relation, verb, forms, "|".join(sorted(set(objects))), code, b["name"])
    return rows


def commit_of(source_path):
    try:
        with open(source_path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Commits:"):
                    m = re.search(r"petrarch2 ([0-9a-f]{40})", line)
                    if m:
                        return m.group(1)
    except OSError:
        pass
    return "unknown"


def render(rows, commit):
    out = [
        "# newsgraph relation triggers generated from the CAMEO verb dictionary. Do not edit: run",
        "# tools/import_cameo.py (selection: rules/src/cameo_selection.tsv).",
        "# Source: CAMEO.2.0.txt, https://github.com/openeventdata/petrarch2 (data/dictionaries),",
        f"# commit {commit}.",
        "# Licence of the source (MIT): Copyright (c) 2015 Open Event Data Alliance. Permission is",
        "# hereby granted, free of charge, to any person obtaining a copy of this software and",
        "# associated documentation files (the \"Software\"), to deal in the Software without",
        "# restriction, including without limitation the rights to use, copy, modify, merge, publish,",
        "# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom",
        "# the Software is furnished to do so, subject to the following conditions: The above",
        "# copyright notice and this permission notice shall be included in all copies or substantial",
        "# portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND,",
        "# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS",
        "# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT",
        "# HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF",
        "# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE",
        "# USE OR OTHER DEALINGS IN THE SOFTWARE.",
        "#",
        "# Columns: relation type; lemma (a phrase verb keeps its particle: \"meet with\"); its forms;",
        "# the objects it needs ('|'-separated phrases, '-' for none); the CAMEO event code; the",
        "# CAMEO block it came from.",
        "relation\tlemma\tforms\tobjects\tcameo\tblock",
    ]
    for (relation, lemma, objects), (forms, code, block) in sorted(rows.items()):
        out.append("\t".join([relation, lemma, forms, objects or "-", code, block]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cameo", default=DEFAULT_CAMEO)
    ap.add_argument("--selection", default=os.path.join(ROOT, "rules", "src", "cameo_selection.tsv"))
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "rules", "triggers.tsv"))
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when the output file differs from what would be written")
    args = ap.parse_args()
    if not os.path.exists(args.cameo):
        print(f"import_cameo: {args.cameo} not found; skipped", file=sys.stderr)
        return 77
    text = render(build(args.cameo, args.selection),
                  commit_of(os.path.join(os.path.dirname(args.cameo), "SOURCE.txt")))
    status = write_or_check(args.output, text, "import_cameo", args.check)
    if args.check or status:
        return status
    n = sum(1 for l in text.split("\n")[22:] if l)
    print(f"import_cameo: wrote {n} triggers to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
