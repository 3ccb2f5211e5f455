"""Writing or checking a generated file, shared by the importers in tools/.

    from generated_file import write_or_check
    return write_or_check(path, text, "import_x", check=args.check)

Generated gazetteers read the other gazetteers to avoid duplicates and
ambiguous names. So that each has one fixed input, they are generated in
GENERATION_ORDER and each reads the hand-written files and the generated
files before it only (`reads_gazetteer`): rerun the importers in this order.
"""
import datetime
import os
import re
import sys

GENERATION_ORDER = ["countries.tsv", "parties.tsv", "us-congress.tsv", "clubs.tsv",
                    "phoenix-people.tsv", "phoenix-orgs.tsv", "phoenix-places.tsv"]


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


def add_output_args(ap, default_output):
    """The options every importer shares: -o/--output, --date and --check."""
    ap.add_argument("-o", "--output", default=default_output)
    ap.add_argument("--date", help="date written in the header (default: today, or the committed "
                                   "file's date with --check)")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when the output file differs from what would be written")


def header_date(path, date, check):
    """The date a generated file's header gives: `date` (--date) when set, else
    with --check the committed file's, else today."""
    return date or (committed_date(path) if check else None) or datetime.date.today().isoformat()


def print_counts(stats, skip_zero=False):
    """An importer's counts by reason, sorted, to stderr."""
    for k in sorted(stats):
        if stats[k] or not skip_zero:
            print(f"  {k}: {stats[k]}", file=sys.stderr)


def committed_date(path):
    """The "Generated YYYY-MM-DD." date in the header of an existing output, or None:
    what --check compares against, so that a check on another day still passes."""
    try:
        with open(path, encoding="utf-8") as f:
            m = re.search(r"Generated (\d{4}-\d\d-\d\d)\.", f.read(4000))
    except OSError:
        return None
    return m.group(1) if m else None


def read_tsv(path):
    """Rows of a gazetteer TSV as dicts (comments and blank lines skipped)."""
    rows, header = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rows.append(dict(zip(header, cols)))
    return rows


def values(row, *columns):
    """The non-empty '|'-separated values of `columns` of a read_tsv row."""
    return [v for c in columns for v in row.get(c, "").split("|") if v.strip()]
