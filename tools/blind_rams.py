#!/usr/bin/env python3
"""A blind recall check of `meets` on RAMS news windows.

    tools/blind_rams.py build/newsgraph [--split test|dev] [--verbose]

Reads ../shared/data/rams/SPLIT.jsonlines (RAMS 1.0: five-sentence news
windows, one annotated event each; see its SOURCE.txt) and keeps the events of
a contact.* type whose subtype is `meet` (a face-to-face discussion,
negotiation, request ...; funeral vigils aside). Each pair of its participants
(participant x participant, or communicator x recipient) is a gold meeting.
The window's tokens, joined by spaces, go to `newsgraph tag --relations
--format jsonl`. A gold pair is *reachable* when both arguments overlap a
tagged PERSON, COUNTRY or ORG mention, and *found* when a `meets` relation
(not negated) joins entities with mentions overlapping the two arguments.
RAMS annotates one event per window, so precision is not measured here.
Prints counts and recall over all pairs and over reachable pairs.
"""
import itertools
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXTRA = os.environ.get("NEWSGRAPH_TAG_FLAGS", "").split()
SCORED = {"PERSON", "COUNTRY", "ORG"}


def windows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            etype = d["evt_triggers"][0][2][0][0]
            parts = etype.split(".")
            if parts[0] != "contact" or parts[2] != "meet" or parts[1] == "funeralvigil":
                continue
            tokens = [t for s in d["sentences"] for t in s]
            starts, text = [], ""
            for t in tokens:
                if text:
                    text += " "
                starts.append(len(text.encode("utf-8")))
                text += t
            def span(a, b):
                end = starts[b] + len(tokens[b].encode("utf-8"))
                return (starts[a], end)
            roles = {}
            for _, (a, b), role in d["gold_evt_links"]:
                name = role[11:]
                roles.setdefault(name, []).append(span(a, b))
            if "participant" in roles:
                pairs = list(itertools.combinations(roles["participant"], 2))
            else:
                pairs = [(x, y) for x in roles.get("communicator", []) for y in roles.get("recipient", [])]
            if pairs:
                yield d["doc_key"], etype, text, pairs


def tag(binary, text):
    out = subprocess.run([binary, "tag", "--relations", "--format", "jsonl", "-"] + EXTRA,
                         input=text.encode("utf-8"), capture_output=True, check=True)
    mentions, relations = [], []
    for line in out.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        if "relation" in r:
            relations.append(r)
        elif r.get("type") in SCORED:
            mentions.append(r)
    return mentions, relations


def overlaps(m, s):
    return m["start"] < s[1] and s[0] < m["end"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "test"
    verbose = "--verbose" in sys.argv
    path = os.path.join(ROOT, "..", "shared", "data", "rams", split + ".jsonlines")
    if not os.path.exists(path):
        print("skipped: %s is absent" % path)
        return
    total = reachable = found = windows_seen = 0
    for key, etype, text, pairs in windows(path):
        windows_seen += 1
        mentions, relations = tag(binary, text)
        meets = {frozenset((r["source"], r["target"])) for r in relations
                 if r["relation"] == "meets" and r.get("modality") != "negated"}
        for a, b in pairs:
            total += 1
            ea = {m["entity"] for m in mentions if overlaps(m, a)}
            eb = {m["entity"] for m in mentions if overlaps(m, b)}
            if not ea or not eb or ea == eb:
                continue
            reachable += 1
            hit = any(frozenset((x, y)) in meets for x in ea for y in eb if x != y)
            found += hit
            if verbose:
                print("%s\t%s\t%s\t%s | %s" % ("HIT " if hit else "MISS", key, etype,
                      text.encode()[a[0]:a[1]].decode(), text.encode()[b[0]:b[1]].decode()))
    print("RAMS %s: %d contact.*.meet windows, %d gold participant pairs, %d reachable "
          "(both arguments tagged)" % (split, windows_seen, total, reachable))
    print("meets found: %d  recall %.3f of all, %.3f of reachable" %
          (found, found / max(total, 1), found / max(reachable, 1)))


if __name__ == "__main__":
    main()
