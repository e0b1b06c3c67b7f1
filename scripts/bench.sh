#!/usr/bin/env bash
# Measures leadlint on a deterministic corpus generated from the embedded
# samples, in one run on the same files: analyze --format jsonl and json,
# `wc -w` (the byte-scanning floor), and prose's segmentation and
# tokenization alone (the floor for any prose-based pipeline). Prints MB/s,
# documents/s, peak memory and the ratios, as a Markdown table.
#
#   scripts/bench.sh [MB] [DOCS]      default 50 MB in 10000 documents
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
DOCS=${2:-10000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

go build -o "$WORK/leadlint" ./cmd/leadlint
go build -o "$WORK/prosefloor" ./scripts/prosefloor
go run ./scripts/gencorpus -out "$WORK/corpus" -mb "$MB" -docs "$DOCS"
BYTES=$(du -sb "$WORK/corpus" | cut -f1)
JOBS=$(nproc)

# run NAME CMD...: wall seconds and peak RSS (KiB) of CMD, output discarded.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
  read -r secs kib < "$WORK/time"
  printf '%s %s %s\n' "$name" "$secs" "$kib" >> "$WORK/results"
}

: > "$WORK/results"
run "wc -w" sh -c "cat $WORK/corpus/*.txt | wc -w"
run "prose segment+tokenize ($JOBS workers)" sh -c "$WORK/prosefloor -jobs $JOBS $WORK/corpus/*.txt"
run "analyze --format jsonl ($JOBS workers)" "$WORK/leadlint" analyze --no-progress --format jsonl "$WORK/corpus"
run "analyze --format json ($JOBS workers)" "$WORK/leadlint" analyze --no-progress --format json "$WORK/corpus"
run "analyze --format jsonl (1 worker)" "$WORK/leadlint" analyze --no-progress --jobs 1 --format jsonl "$WORK/corpus"

# Start-up to report for one 2 KB email: median of 21 runs.
head -c 2048 "$WORK/corpus/doc-00001.txt" > "$WORK/email.txt"
for i in $(seq 21); do
  s=$(date +%s%N); "$WORK/leadlint" analyze "$WORK/email.txt" > /dev/null; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
done | sort -n | sed -n 11p > "$WORK/startup"

echo "corpus: $DOCS documents, $BYTES bytes; $(nproc) CPUs; commit $(git rev-parse --short HEAD)"
echo
echo "| run | seconds | MB/s | documents/s | peak MB |"
echo "|---|---:|---:|---:|---:|"
floor=""
while read -r line; do
  name=${line% * *}; rest=${line##"$name "}; secs=${rest% *}; kib=${rest#* }
  mbs=$(awk -v b="$BYTES" -v s="$secs" 'BEGIN { printf "%.2f", b / 1e6 / (s > 0 ? s : 0.01) }')
  dps=$(awk -v d="$DOCS" -v s="$secs" 'BEGIN { printf "%.0f", d / (s > 0 ? s : 0.01) }')
  printf '| %s | %s | %s | %s | %.0f |\n' "$name" "$secs" "$mbs" "$dps" "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')"
  case $name in prose*) floor=$secs ;; "analyze --format jsonl ($JOBS"*) jsonl=$secs ;; "analyze --format jsonl (1"*) one=$secs ;; esac
done < "$WORK/results"
echo
awk -v a="$jsonl" -v f="$floor" -v o="$one" -v j="$JOBS" 'BEGIN {
  printf "analyze jsonl / prose floor: %.2fx\n", a / f
  printf "speed-up from 1 to %s workers: %.2fx\n", j, o / a
}'
echo "start-up to report, one 2 KB document (median of 21): $(cat "$WORK/startup") ms"
