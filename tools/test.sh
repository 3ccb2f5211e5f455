#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, golden
# end-to-end, evaluation against gold) with CTest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)" "$@"
