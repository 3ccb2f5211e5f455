#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, golden
# end-to-end, evaluation against gold) with CTest; then the sanitizer stage
# (tools/fuzz.sh): the unit tests under ASan+UBSan and each fuzz target for
# FUZZ_SECONDS (default 30). NEWSGRAPH_SANITIZERS=0 skips that stage.
# Arguments go to the first ctest (e.g. -R Store).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
(cd "$root/build" && ctest --output-on-failure -j "$(nproc)" "$@")
if [ "${NEWSGRAPH_SANITIZERS:-1}" != 0 ]; then
  "$root/tools/fuzz.sh" "${FUZZ_SECONDS:-30}"
fi
