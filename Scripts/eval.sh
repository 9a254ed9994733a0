#!/usr/bin/env bash
# Score the engine on ../shared/eval with score.py: the seed, and the PolNeAR dev set in all views.
# Usage: Scripts/eval.sh [debug|release] [all]   (default release; `all` adds PolNeAR train and GUM dev)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-release}
eval_dir=${WHOSAID_EVAL_DIR:-../shared/eval}
out=${TMPDIR:-/tmp}/whosaid-eval
mkdir -p "$out"
swift build -c "$config" --product whosaid >/dev/null
bin=$(swift build -c "$config" --show-bin-path)/whosaid
sets="seed-gold polnear-dev"
[ "${2:-}" = all ] && sets="$sets polnear-train gum-dev"
for set in $sets; do
  "$bin" extract --jsonl-input "$eval_dir/$set.jsonl" > "$out/$set.pred.jsonl"
  for view in all direct speech; do
    echo "== $set ($view)"
    python3 "$eval_dir/score.py" --view "$view" "$eval_dir/$set.jsonl" "$out/$set.pred.jsonl"
  done
done
