#!/usr/bin/env bash
# Real-news throughput, whole process: `whosaid extract --jsonl-input` (release) over a JSONL
# file of articles (default: the 840 PolNeAR train articles), in decimal MB/s of article text
# (the UTF-8 bytes of the `text` fields), with `wc -w` on the same text timed in the same run
# as the floor. Times are CPU seconds (user + sys, the worker process included), so other load
# on the machine counts against them less than against wall time; the median of RUNS runs.
# Usage: Scripts/realnews-bench.sh [JSONL [RUNS]]   (default ../shared/eval/polnear-train.jsonl, 5)
#        WHOSAID=path/to/whosaid Scripts/realnews-bench.sh …   times that binary instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/eval/polnear-train.jsonl}
runs=${2:-5}
[ -f "$input" ] || { echo "realnews-bench: cannot read $input" >&2; exit 1; }
if [ -n "${WHOSAID:-}" ]; then
  whosaid=$WHOSAID
else
  swift build -c release --product whosaid >/dev/null
  whosaid="$(swift build -c release --show-bin-path)/whosaid"
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The article text alone, for wc -w and for the byte count.
python3 -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        if line.strip():
            out.write(json.loads(line)["text"])
            out.write("\n")
' "$input" "$dir/text.txt"
bytes=$(python3 -c '
import json, sys
print(sum(len(json.loads(l)["text"].encode("utf-8")) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))
' "$input")
docs=$(grep -c . "$input")

# CPU seconds of one run of "$@" (stdout discarded): perf's task-clock when perf can count it
# (millisecond resolution, children included), else /usr/bin/time's user + sys (10 ms).
if perf stat -x, -e task-clock -o "$dir/probe" true 2>/dev/null; then
  cpu() {
    perf stat -x, -e task-clock -o "$dir/time" "$@" > /dev/null
    awk -F, '/task-clock/ {printf "%.4f\n", $1 / 1000}' "$dir/time"
  }
else
  cpu() { /usr/bin/time -f '%U %S' -o "$dir/time" "$@" > /dev/null; awk '{printf "%.3f\n", $1 + $2}' "$dir/time"; }
fi
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

: > "$dir/whosaid"; : > "$dir/wc"
for _ in $(seq "$runs"); do
  cpu "$whosaid" extract --jsonl-input "$input" >> "$dir/whosaid"
  cpu wc -w "$dir/text.txt" >> "$dir/wc"
done
w=$(median < "$dir/whosaid")
c=$(median < "$dir/wc")
/usr/bin/time -f '%M' -o "$dir/rss" "$whosaid" extract --jsonl-input "$input" > /dev/null
rss=$(cat "$dir/rss")
awk -v b="$bytes" -v w="$w" -v c="$c" -v n="$docs" -v r="$runs" -v rss="$rss" -v f="$input" 'BEGIN {
  floor = (c > 0) ? c : 0.001
  printf "%s: %d documents, %.2f MB of article text; median of %d runs, CPU seconds\n", f, n, b / 1e6, r
  printf "whosaid extract --jsonl-input  %6.3f s  %7.2f MB/s  (max RSS %.0f MB)\n", w, b / 1e6 / w, rss / 1024
  printf "wc -w (the floor)              %6.4f s  %7.2f MB/s\n", c, b / 1e6 / floor
  printf "whosaid / wc -w                %6.1fx\n", w / floor
}'
