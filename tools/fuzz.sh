#!/usr/bin/env bash
# The sanitizer stage of the tests (tests/fuzz/README.md): builds build-fuzz/
# with clang, AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer; runs
# the unit tests there; then runs each fuzz target for SECONDS (default 30),
# starting from seeds made from our own files and the corpus of earlier runs.
#
#   tools/fuzz.sh            # unit tests under the sanitizers + 30 s per target
#   tools/fuzz.sh 600        # ten minutes per target
#   FUZZ_TARGETS="tag_fuzzer" FUZZ_UNIT_TESTS=0 tools/fuzz.sh 60
#
# A finding stops the run with exit 1; the input is left in
# build-fuzz/findings/<target>/ (replay: build-fuzz/fuzz/<target> FILE).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
build="$root/build-fuzz"
jobs="$(nproc)"

"$root/tools/install-deps.sh"
CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DNEWSGRAPH_FUZZ=ON \
  -DNEWSGRAPH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

if [ "${FUZZ_UNIT_TESTS:-1}" != 0 ]; then
  echo "== unit tests under ASan+UBSan"
  (cd "$build" && ctest --output-on-failure -j "$jobs" -R '^[A-Z]' --timeout 600)
fi

python3 "$root/tools/fuzz_seeds.py" "$build/seeds" >/dev/null
targets="${FUZZ_TARGETS:-$(cd "$build/fuzz" && ls)}"

# Runs one target; its summary and status go to build-fuzz/fuzz-TARGET.{log,status}.
run_target() {
  local target="$1" corpus="$build/corpus/$1" findings="$build/findings/$1"
  mkdir -p "$corpus" "$findings"
  local status=0
  "$build/fuzz/$target" "$corpus" "$build/seeds/$target" -max_total_time="$seconds" \
    -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 -artifact_prefix="$findings/" \
    >"$build/fuzz-$target.log" 2>&1 || status=1
  echo "$status" >"$build/fuzz-$target.status"
}

# As many targets at once as there are cores.
running=0
for target in $targets; do
  echo "== $target for $seconds s"
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

status=0
for target in $targets; do
  log="$build/fuzz-$target.log"
  if [ "$(cat "$build/fuzz-$target.status" 2>/dev/null)" = 0 ]; then
    echo "$target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions," \
         "$(grep -oE 'cov: [0-9]+' "$log" | tail -1) edges, no findings"
  else
    status=1
    echo "$target: FINDING (input in $build/findings/$target/); last lines of $log:" >&2
    tail -40 "$log" >&2
  fi
done
exit $status
