#!/usr/bin/env bash
# Real-news throughput, whole process: `whosaid extract --jsonl-input` (release) over a JSONL
# file of articles (default: the 840 PolNeAR train articles), in decimal MB/s of article text
# (the UTF-8 bytes of the `text` fields), with `wc -w` on the same text timed in the same run
# as the floor. Times are CPU seconds (user + sys, the worker process included), so other load
# on the machine counts against them less than against wall time; the median of RUNS runs.
# With JOBS=N it then times `--jobs 1` against `--jobs N` in wall time (what --jobs shortens, so
# other load on the machine counts fully against it: the fastest run is the fairest figure),
# RUNS turns each, and checks that their outputs are byte-identical.
# Usage: Scripts/realnews-bench.sh [JSONL [RUNS]]   (default ../shared/eval/polnear-train.jsonl, 5)
#        WHOSAID=path/to/whosaid Scripts/realnews-bench.sh …   times that binary instead of building one
#        JOBS=2 Scripts/realnews-bench.sh …                     adds --jobs 1 against --jobs 2
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
# One worker, as before --jobs (a binary from before it has no such option).
one=()
if "$whosaid" extract --help | grep -q -- --jobs; then one=(--jobs 1); fi
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
  cpu "$whosaid" extract --jsonl-input "$input" "${one[@]}" >> "$dir/whosaid"
  cpu wc -w "$dir/text.txt" >> "$dir/wc"
done
w=$(median < "$dir/whosaid")
c=$(median < "$dir/wc")
/usr/bin/time -f '%M' -o "$dir/rss" "$whosaid" extract --jsonl-input "$input" "${one[@]}" > /dev/null
rss=$(cat "$dir/rss")
awk -v b="$bytes" -v w="$w" -v c="$c" -v n="$docs" -v r="$runs" -v rss="$rss" -v f="$input" 'BEGIN {
  floor = (c > 0) ? c : 0.001
  printf "%s: %d documents, %.2f MB of article text; median of %d runs, CPU seconds\n", f, n, b / 1e6, r
  printf "whosaid extract --jsonl-input  %6.3f s  %7.2f MB/s  (max RSS %.0f MB)\n", w, b / 1e6 / w, rss / 1024
  printf "wc -w (the floor)              %6.4f s  %7.2f MB/s\n", c, b / 1e6 / floor
  printf "whosaid / wc -w                %6.1fx\n", w / floor
}'

[ -n "${JOBS:-}" ] || exit 0
# Wall seconds and max RSS (KB, of the largest single process: the parent or one worker) of one
# run with --jobs $1, appended to $dir/wall$1; its output kept in $dir/out$1.jsonl.
wall() {
  /usr/bin/time -f '%e %M' -o "$dir/time" "$whosaid" extract --jsonl-input "$input" --jobs "$1" > "$dir/out$1.jsonl"
  cat "$dir/time" >> "$dir/wall$1"
}
: > "$dir/wall1"; : > "$dir/wall$JOBS"
for _ in $(seq "$runs"); do
  wall 1
  wall "$JOBS"
done
stats() {  # fastest and median wall time, largest max RSS (MB) of a wall file
  sort -n "$1" | awk '{t[NR] = $1; if ($2 > m) m = $2} END {
    printf "%.2f %.2f %.0f\n", t[1], (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2, m / 1024 }'
}
read -r f1 m1 r1 < <(stats "$dir/wall1")
read -r fn mn rn < <(stats "$dir/wall$JOBS")
echo "wall time, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf -- "--jobs 1     fastest %6.2f s  median %6.2f s  max RSS %4d MB\n" "$f1" "$m1" "$r1"
printf -- "--jobs %-5s fastest %6.2f s  median %6.2f s  max RSS %4d MB\n" "$JOBS" "$fn" "$mn" "$rn"
awk -v a="$f1" -v b="$fn" -v c="$m1" -v d="$mn" 'BEGIN {printf "speed-up     fastest %.2fx, median %.2fx\n", a / b, c / d}'
if cmp -s "$dir/out1.jsonl" "$dir/out$JOBS.jsonl"; then echo "outputs      byte-identical"; else echo "outputs      DIFFERENT"; exit 1; fi
