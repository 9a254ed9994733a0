#!/usr/bin/env bash
# UPOS accuracy of the embedded tagger on a split of UD English EWT, through `whosaid tag --conllu-input`.
# Usage: Scripts/tagger-accuracy.sh [dev|test]   (default dev; report test once, at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
gold=../shared/treebanks/en_ewt/en_ewt-ud-$split.conllu
swift build -c release --product whosaid >/dev/null
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
"$(swift build -c release --show-bin-path)/whosaid" tag --conllu-input "$gold" > "$pred"
python3 - "$gold" "$pred" "$split" <<'PY'
import sys
gold = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8")]
pred = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert len(gold) == len(pred), f"{len(gold)} gold lines, {len(pred)} predicted"
pairs = [(g[3], p[3]) for g, p in zip(gold, pred) if len(g) == 10 and g[0].isdigit()]
right = sum(g == p for g, p in pairs)
print(f"EWT {sys.argv[3]} UPOS accuracy {100 * right / len(pairs):.2f}% ({right}/{len(pairs)} words)")
PY
