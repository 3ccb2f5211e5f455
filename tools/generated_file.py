"""Writing or checking a generated file, shared by the importers in tools/.

    from generated_file import write_or_check
    return write_or_check(path, text, "import_x", check=args.check)
"""
import sys


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
