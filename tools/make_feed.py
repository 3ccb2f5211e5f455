#!/usr/bin/env python3
"""Writes a JSON-lines news feed built from ../shared/data, for trying
`newsgraph ingest --input jsonl` and `timeline` at feed scale.

One article per line: {"id", "title", "date", "source", "url", "text"}, as
an API or a crawler would deliver them.

  reuters   Reuters-21578 bodies with their own dates (February to October 1987).
  ag-news   AG News "World" rows (class 1), dated by invented days: row i of
            the selection is dated START + i // PER_DAY days, so the feed
            spans weeks the way a real one does. Title from the row.

The feed is written outside the project (the data rule: ../shared texts are
never copied into it), to --output or standard output.

  tools/make_feed.py --source reuters --limit 2000 --output /tmp/reuters.jsonl
  tools/make_feed.py --source ag-news --limit 1000 --start 2004-08-01 > /tmp/ag.jsonl
"""
import argparse
import csv
import datetime
import glob
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def reuters(limit):
    """Yields articles from the Reuters-21578 SGML files, in file order."""
    record = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
    field = lambda name, body: (re.search(r"<%s>(.*?)</%s>" % (name, name), body, re.S) or [None, ""])[1]
    count = 0
    for path in sorted(glob.glob(os.path.join(SHARED, "reuters-21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            sgml = f.read()
        for m in record.finditer(sgml):
            newid, body = m.group(1), m.group(2)
            text = html.unescape(field("BODY", body)).replace("\x03", "").strip()
            if not text:
                continue
            d = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", field("DATE", body))
            date = "%s-%02d-%02d" % (d.group(3), MONTHS[d.group(2)], int(d.group(1))) if d else ""
            yield {"id": "reuters-" + newid, "title": html.unescape(field("TITLE", body)).strip(),
                   "date": date, "source": "Reuters", "url": "", "text": text}
            count += 1
            if count >= limit:
                return


def ag_news(limit, start, per_day):
    """Yields AG News World rows with invented dates."""
    path = os.path.join(SHARED, "ag-news-test", "test.csv")
    day0 = datetime.date.fromisoformat(start)
    count = 0
    with open(path, encoding="utf-8", newline="") as f:
        for row_no, row in enumerate(csv.reader(f), 1):
            if len(row) != 3 or row[0] != "1":
                continue
            text = html.unescape(row[2].replace("\\", " ")).strip()
            date = day0 + datetime.timedelta(days=count // per_day)
            yield {"id": "ag-%d" % row_no, "title": html.unescape(row[1]).strip(),
                   "date": date.isoformat(), "source": "AG News", "url": "", "text": text}
            count += 1
            if count >= limit:
                return


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", choices=["reuters", "ag-news"], default="reuters")
    ap.add_argument("--limit", type=int, default=1000, help="articles to write (default 1000)")
    ap.add_argument("--start", default="2004-08-01", help="ag-news: the first invented date")
    ap.add_argument("--per-day", type=int, default=40, help="ag-news: articles a day (default 40)")
    ap.add_argument("--output", default="-", help="the feed file (default: standard output)")
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit("make_feed: %s not found (the shared data sets)" % SHARED)
    items = reuters(args.limit) if args.source == "reuters" else ag_news(args.limit, args.start, args.per_day)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = 0
    for item in items:
        if not item["url"]:
            del item["url"]
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    if out is not sys.stdout:
        out.close()
    print("make_feed: wrote %d %s articles" % (n, args.source), file=sys.stderr)


if __name__ == "__main__":
    main()
