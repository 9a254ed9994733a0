#!/usr/bin/env bash
# Peak memory on one large document (issue 12): PolNeAR train's article texts, each followed by a
# blank line, repeated ROUNDS times (default 17: 65.7 MB, what the README's figures are of), analysed as ONE document
# by `whosaid extract FILE --format jsonl`; prints max RSS (from /usr/bin/time -v), bytes of resident
# memory per input byte, and CPU seconds. The goal is at most 8 bytes per byte.
# Usage: Scripts/big-doc-memory.sh [JSONL [ROUNDS]]   (default ../shared/eval/polnear-train.jsonl, 17)
#        WHOSAID=path/to/whosaid Scripts/big-doc-memory.sh …   measures that binary instead of building one
#        KEEP=DIR Scripts/big-doc-memory.sh …                  keeps big.txt and the output in DIR (for cmp)
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/eval/polnear-train.jsonl}
rounds=${2:-17}
[ -f "$input" ] || { echo "big-doc-memory: cannot read $input" >&2; exit 1; }
if [ -n "${WHOSAID:-}" ]; then
  whosaid=$WHOSAID
else
  swift build -c release --product whosaid >/dev/null
  whosaid="$(swift build -c release --show-bin-path)/whosaid"
fi
if [ -n "${KEEP:-}" ]; then dir=$KEEP; mkdir -p "$dir"; else dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT; fi
if [ ! -s "$dir/big.txt" ]; then
  python3 - "$input" "$dir/big.txt" "$rounds" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
one = "".join(t.rstrip() + "\n\n" for t in texts).encode("utf-8")
with open(sys.argv[2], "wb") as out:
    for _ in range(int(sys.argv[3])):
        out.write(one)
PY
fi
bytes=$(stat -L -c %s "$dir/big.txt")
/usr/bin/time -v "$whosaid" extract "$dir/big.txt" --format jsonl > "$dir/out.jsonl" 2> "$dir/time.txt"
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
user=$(awk -F': ' '/User time/ {print $2}' "$dir/time.txt")
sys=$(awk -F': ' '/System time/ {print $2}' "$dir/time.txt")
awk -v b="$bytes" -v r="$rss_kb" -v u="$user" -v s="$sys" 'BEGIN {
  printf "input %.1f MB, max RSS %.0f MB, %.1f bytes per input byte, %.1f s user + %.1f s sys\n",
    b / 1e6, r * 1024 / 1e6, r * 1024 / b, u, s }'
