#!/usr/bin/env bash
# Measures Relais against the budgets of issue 10 and writes docs/performance.md.
#   tests/bench/run.sh [small] [medium] [large]     (default: all three)
# Builds in Release (RELAIS_BENCH_BUILD_TYPE) in build/bench (RELAIS_BENCH_BUILD_DIR),
# generates each size's demo
# file once into build/bench/tests/bench/data (the large one takes minutes), runs the
# benchmark offscreen and turns its JSON into the Markdown table. Run it on a quiet
# machine: another build running beside it makes every figure worse.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${RELAIS_BENCH_BUILD_DIR:-$here/build/bench}"
build_type="${RELAIS_BENCH_BUILD_TYPE:-Release}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(small medium large)

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)" --target relais relais_bench

results="$build/bench-results"
mkdir -p "$results"
for size in "${sizes[@]}"; do
    echo "Measuring the $size file"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/relais_bench" --size "$size" \
        --benchmark_out="$results/$size.json" --benchmark_out_format=json
done

files=()
for size in small medium large; do
    [ -f "$results/$size.json" ] && files+=("$results/$size.json")
done
python3 "$here/tests/bench/report.py" --relais "$build/app/relais" --build-type "$build_type" \
    "${files[@]}" \
    > "$here/docs/performance.md"
echo "Wrote docs/performance.md"
