#!/usr/bin/env bash
# --jobs speed-up, whole process, wall time: `whosaid extract --jsonl-input FILE --jobs 1` against
# `--jobs N` (release), run in turns RUNS times each; prints the fastest and the median wall time
# of each, the speed-up, the max RSS (of the largest single process: the parent or one worker)
# and checks that both outputs are byte-identical. Wall time is what --jobs shortens, so other
# load on the machine counts fully against it: the fastest run is the fairest figure there.
# Usage: Scripts/jobs-bench.sh [JSONL [N [RUNS]]]   (default ../shared/eval/polnear-train.jsonl, the number of cores, 5)
#        WHOSAID=path/to/whosaid Scripts/jobs-bench.sh …   times that binary instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/eval/polnear-train.jsonl}
jobs=${2:-$(nproc)}
runs=${3:-5}
[ -f "$input" ] || { echo "jobs-bench: cannot read $input" >&2; exit 1; }
if [ -n "${WHOSAID:-}" ]; then
  whosaid=$WHOSAID
else
  swift build -c release --product whosaid >/dev/null
  whosaid="$(swift build -c release --show-bin-path)/whosaid"
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# One run: wall seconds and max RSS in KB, appended to $dir/<jobs>.
run() {
  /usr/bin/time -f '%e %M' -o "$dir/time" "$whosaid" extract --jsonl-input "$input" --jobs "$1" > "$dir/out$1.jsonl"
  cat "$dir/time" >> "$dir/runs$1"
}
: > "$dir/runs1"; : > "$dir/runs$jobs"
for _ in $(seq "$runs"); do
  run 1
  run "$jobs"
done
if cmp -s "$dir/out1.jsonl" "$dir/out$jobs.jsonl"; then same="byte-identical"; else same="DIFFERENT"; fi
stats() {  # fastest, median wall time and largest max RSS of a runs file
  sort -n "$1" | awk '{t[NR] = $1; if ($2 > m) m = $2} END {
    med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.0f\n", t[1], med, m / 1024 }'
}
read -r f1 m1 r1 < <(stats "$dir/runs1")
read -r fn mn rn < <(stats "$dir/runs$jobs")
echo "$input: $(grep -c . "$input") documents, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf -- "--jobs 1   fastest %6.2f s  median %6.2f s  max RSS %4d MB\n" "$f1" "$m1" "$r1"
printf -- "--jobs %-3s fastest %6.2f s  median %6.2f s  max RSS %4d MB\n" "$jobs" "$fn" "$mn" "$rn"
awk -v a="$f1" -v b="$fn" -v c="$m1" -v d="$mn" 'BEGIN {printf "speed-up   fastest %.2fx, median %.2fx\n", a / b, c / d}'
echo "outputs    $same"
[ "$same" = byte-identical ]
