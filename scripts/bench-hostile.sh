#!/usr/bin/env bash
# Whole-process benchmark on hostile input: text built to find work that
# grows faster than the input. Each kind is generated here (awk, fixed seed)
# at two sizes, the second twice the first, and checked alone; prints wall
# seconds, peak memory, and how much longer the double took (growth, which
# must stay near 2, and at most 2.5).
#   run-on     one line of news words and figures, no full stop (4.5, 9 MB)
#   quotes     quote paragraphs, each "…," he said. then a reply (50k, 100k)
#   unbalanced opening quotation marks that never close (50k, 100k)
#   archive    real articles from ../shared/bench/clusters run together into
#              one file, headers left out (100 MB, 200 MB)
# Usage: scripts/bench-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/crosscheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make() { # kind scale file
  case "$1" in
    run-on) awk -v n="$2" 'BEGIN { srand(7); split("more said died that Reuters to hurt 120 according the people 3 were and than official", w, " ");
      for (i = 0; i < n * 750000; i++) printf "%s ", w[int(rand() * 16) + 1]; print "" }' ;;
    quotes) awk -v n="$2" 'BEGIN { for (i = 0; i < n * 50000; i++) printf "\"We will win the war number %d,\" he said.\n\n“Sure.”\n\n", i }' ;;
    unbalanced) awk -v n="$2" 'BEGIN { for (i = 0; i < n * 50000; i++) printf "“Officials said 12 people died and "; print "" }' ;;
    archive) cat ../shared/bench/clusters/*/*.txt | grep -v '^# ' > "$work/one"
      while [ "$(stat -c %s "$3" 2>/dev/null || echo 0)" -lt $(( $2 * 100000000 )) ]; do cat "$work/one" >> "$3"; done
      return ;;
  esac > "$3"
}

printf "%-11s %11s %8s %10s %7s\n" input bytes seconds peak_MB growth
for kind in run-on quotes unbalanced archive; do
  prev=""
  for scale in 1 2; do
    f="$work/$kind-$scale.txt"
    make "$kind" "$scale" "$f"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" check --format json "$f" > /dev/null || true
    read -r secs kb < <(tail -n 1 "$work/time")
    growth=$([ -n "$prev" ] && awk -v a="$prev" -v b="$secs" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }' || echo "")
    printf "%-11s %11s %8s %10.1f %7s\n" "$kind" "$(wc -c < "$f")" "$secs" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$growth"
    prev=$secs
    rm -f "$f"
  done
done
