#!/usr/bin/env bash
# Installs the Debian packages newsgraph needs to build, test and draw graphs
# (Chromium only for the HTML report's browser test; clang for the sanitizer
# and fuzzing stage).
# Idempotent: does nothing when everything is present. Run as root (or with sudo).
set -euo pipefail
packages=(g++ cmake make pkg-config libsqlite3-dev libcli11-dev libboost-graph-dev
          nlohmann-json3-dev libre2-dev libgtest-dev libgmock-dev libbenchmark-dev iso-codes graphviz
          sqlite3 python3
          # the sanitizer and fuzzing stage (tools/fuzz.sh) and the format check
          clang libclang-rt-14-dev clang-format
          # the HTML report's browser test (tests/browser/): headless Chromium and a font
          chromium chromium-driver fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
