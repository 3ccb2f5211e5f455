#!/usr/bin/env bash
# The main job on the bundled examples: installs what is missing, builds,
# ingests examples/*.txt into out/examples.db, prints a summary and the most
# mentioned entities, and writes out/examples.dot, out/examples.json (and
# out/examples.svg when Graphviz is installed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/install-deps.sh"
"$root/tools/build.sh" >/dev/null
ng="$root/build/newsgraph"
out="$root/out"
mkdir -p "$out"
rm -f "$out/examples.db" "$out/examples.db-wal" "$out/examples.db-shm"
"$ng" ingest --db "$out/examples.db" "$root/examples"
echo
"$ng" entities --db "$out/examples.db" -n 15
echo
"$ng" export --db "$out/examples.db" --format dot -o "$out/examples.dot"
"$ng" export --db "$out/examples.db" --format json -o "$out/examples.json"
if command -v dot >/dev/null; then
  dot -Tsvg "$out/examples.dot" -o "$out/examples.svg"
fi
echo "wrote $out/examples.db, $out/examples.dot, $out/examples.json$(command -v dot >/dev/null && echo ", $out/examples.svg")"
