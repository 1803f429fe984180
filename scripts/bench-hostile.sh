#!/usr/bin/env bash
# Whole-process benchmark on hostile input: text built to find work that
# grows faster than the input. Each file is generated here (awk, fixed seed)
# and checked alone; prints wall seconds and peak memory.
#   run-on     one 9 MB line of news words and figures, no full stop
#   quotes     100,000 quote paragraphs, each "…," he said. then a reply
#   unbalanced 100,000 opening quotation marks that never close
# Usage: scripts/bench-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/crosscheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN { srand(7); split("more said died that Reuters to hurt 120 according the people 3 were and than official", w, " ");
  for (i = 0; i < 1500000; i++) printf "%s ", w[int(rand() * 16) + 1]; print "" }' > "$work/run-on.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "\"We will win the war number %d,\" he said.\n\n“Sure.”\n\n", i }' > "$work/quotes.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "“Officials said 12 people died and "; print "" }' > "$work/unbalanced.txt"
printf "%-11s %10s %8s %10s\n" input bytes seconds peak_MB
for name in run-on quotes unbalanced; do
  f="$work/$name.txt"
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" check --format json "$f" > /dev/null || true
  read -r secs kb < <(tail -n 1 "$work/time")
  printf "%-11s %10s %8s %10.1f\n" "$name" "$(wc -c < "$f")" "$secs" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
done
