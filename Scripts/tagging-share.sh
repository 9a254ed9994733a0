#!/usr/bin/env bash
# Tagging's share of the engine on real news: `perf record -g` over `whosaid extract --jsonl-input`
# (release), RUNS runs. A sample is the engine's when its stack holds Engine.analyze or the tagger's
# model load, and tagging's when it holds TokenTagging.tag (reading each form, both passes, the name
# and subject repairs) or the model load. Prints per run the share and tagging's CPU seconds (samples
# at FREQ Hz).
# Usage: Scripts/tagging-share.sh [JSONL [RUNS]]   (default ../shared/eval/polnear-train.jsonl, 3)
#        WHOSAID=path/to/whosaid Scripts/tagging-share.sh …   measures that binary instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/eval/polnear-train.jsonl}
runs=${2:-3}
freq=2000
if [ -n "${WHOSAID:-}" ]; then
  whosaid=$WHOSAID
else
  swift build -c release --product whosaid >/dev/null
  whosaid="$(swift build -c release --show-bin-path)/whosaid"
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for run in $(seq "$runs"); do
  perf record -q -F "$freq" -g -o "$dir/perf.data" "$whosaid" extract --jsonl-input "$input" > /dev/null 2>"$dir/err"
  perf script -i "$dir/perf.data" 2>/dev/null | python3 -c '
import re, sys
run, freq = sys.argv[1], int(sys.argv[2])
tagging = re.compile(r"12TokenTaggingO3tag_|18PartOfSpeechTaggerC0A5ModelE8embedded|11TaggerModelV(5bytes|14permanentBytes)")
load = re.compile(r"18PartOfSpeechTaggerC0A5ModelE8embedded")
engine = re.compile(r"6EngineV7analyze")
total = eng = tag = loading = 0
for sample in sys.stdin.read().split("\n\n"):
    if not sample.strip(): continue
    total += 1
    t, e = bool(tagging.search(sample)), bool(engine.search(sample))
    tag += t; eng += t or e; loading += bool(load.search(sample))
print(f"run {run}: tagging {100 * tag / max(eng, 1):.1f}% of the engine ({tag / freq:.2f} s of CPU, model load {loading / freq:.3f} s; engine {eng / freq:.2f} s, whole process {total / freq:.2f} s)")
' "$run" "$freq"
done
