#!/usr/bin/env bash
# Whole-process benchmark: corpora of 10, 100, 1,000 and 10,000 articles
# built from ../shared/bench/clusters (copies of whole clusters, so articles
# stay grouped by event), timed with /usr/bin/time for `facts --format json`,
# `check --format json` and `check` (the text report of findings).
# Prints a table: size, bytes, wall seconds, MB/s, peak memory.
# Usage: scripts/bench.sh [SIZES...]   (default: 10 100 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10 100 1000 10000}")
read -r -a sizes <<< "${sizes[*]}"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/crosscheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t articles < <(ls ../shared/bench/clusters/*/*.txt)

printf "%-11s %-8s %10s %8s %8s %10s\n" command articles bytes seconds MB/s peak_MB
for n in "${sizes[@]}"; do
  dir="$work/$n"
  mkdir -p "$dir"
  for ((i = 0; i < n; i++)); do
    src=${articles[$((i % ${#articles[@]}))]}
    cp "$src" "$dir/$(printf '%06d' "$i").txt"
  done
  bytes=$(cat "$dir"/*.txt | wc -c)
  # The JSON reports list every claim and figure (six times the input's
  # size at 10,000 articles); `check` without it prints the findings only.
  for run in "facts json" "check json" "check text"; do
    read -r cmd format <<< "$run"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "$cmd" --format "$format" "$dir" > /dev/null || true
    read -r secs kb < <(tail -n 1 "$work/time")
    mbps=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0 ? b / s / 1e6 : 0) }')
    printf "%-11s %-8s %10s %8s %8s %10.1f\n" "$cmd/$format" "$n" "$bytes" "$secs" "$mbps" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
  done
  rm -rf "$dir"
done
