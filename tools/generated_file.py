"""Writing or checking a generated file, shared by the importers in tools/.

    from generated_file import write_or_check
    return write_or_check(path, text, "import_x", check=args.check)

Generated gazetteers read the other gazetteers to avoid duplicates and
ambiguous names. So that each has one fixed input, they are generated in
GENERATION_ORDER and each reads the hand-written files and the generated
files before it only (`reads_gazetteer`): rerun the importers in this order.
"""
import os
import sys

GENERATION_ORDER = ["countries.tsv", "parties.tsv", "us-congress.tsv", "clubs.tsv",
                    "phoenix-people.tsv", "phoenix-orgs.tsv"]


def reads_gazetteer(own, path):
    """True when the importer writing gazetteer file `own` reads `path`:
    hand-written files, and generated files earlier in GENERATION_ORDER."""
    name = os.path.basename(path)
    if name not in GENERATION_ORDER:
        return True
    own_rank = GENERATION_ORDER.index(own) if own in GENERATION_ORDER else len(GENERATION_ORDER)
    rank = GENERATION_ORDER.index(name)
    return rank < own_rank


def write_or_check(path, text, tool, check):
    """With `check`, compares `path` with `text`: 0 when equal, 1 (with a
    message) when not. Otherwise writes `text` to `path` and returns 0."""
    if check:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{tool}: {path} is not what the importer writes; rerun it", file=sys.stderr)
                return 1
        print(f"{tool}: {path} is up to date")
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0
