#!/usr/bin/env python3
"""Checks the module layering of src/ (README "Code layout").

1. A module includes only the modules below it, as listed in LAYERS.
2. A module's internal headers (src/MODULE/internal/*.h) are included only
   by the module itself (and by tests/ and bench/).
Exit 1 with each offending include as FILE:LINE; 0 when all hold.

usage: tools/check_layers.py [ROOT]
"""
import pathlib
import re
import sys

# Each module and the modules it may include, bottom up.
LAYERS = {
    "util": set(),
    "text": {"util"},
    "model": set(),
    "syntax": {"text", "util"},
    "gazetteer": {"text", "util"},
    "eval": {"text", "util"},
    "graph": {"model", "util"},
    "ner": {"gazetteer", "text", "util"},
    "relations": {"ner", "syntax", "text", "util"},
    "store": {"model", "util"},
    "format": {"model", "text", "util"},
    "export": {"format", "graph", "model", "text", "util"},
    "query": {"export", "format", "graph", "model", "store", "text", "util"},
    "pipeline": {"eval", "export", "format", "gazetteer", "ner", "relations", "store", "syntax",
                 "text", "util"},
    "output": {"export", "format", "model", "ner", "pipeline", "query", "relations", "store",
               "syntax", "text", "util"},
    "cli": None,  # the program: any module
}

INCLUDE = re.compile(r'#include "([^"/]+)/([^"]+)"')


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
    problems = []
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cc", ".h"):
            continue
        module = path.relative_to(root / "src").parts[0]
        if module not in LAYERS:
            problems.append(f"{path.relative_to(root)}: module '{module}' is not in tools/check_layers.py")
            continue
        allowed = LAYERS[module]
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            m = INCLUDE.match(line.strip())
            if not m or m.group(1) == module:
                continue
            other, rest = m.group(1), m.group(2)
            if other not in LAYERS:
                continue  # a generated or third-party header
            where = f"{path.relative_to(root)}:{number}"
            if rest.startswith("internal/"):
                problems.append(f"{where}: includes {other}'s internal header {other}/{rest}")
            elif allowed is not None and other not in allowed:
                problems.append(f"{where}: {module} may not include {other} ({other}/{rest})")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"layers: {len(LAYERS)} modules, every include goes down")


if __name__ == "__main__":
    main()
