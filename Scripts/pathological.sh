#!/usr/bin/env bash
# Time `whosaid extract` (release) on every pathological family at 125 KB, 250 KB, 500 KB and 1 MB:
# seconds of wall time per run, "timeout" past the limit. Linear engines double with the size.
# Usage: Scripts/pathological.sh [LIMIT_SECONDS [FAMILY…]]   (default limit 60 s, every family)
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
shift || true
swift build -c release --product whosaid >/dev/null
swift build -c release --product whosaid-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
families=("$@")
if [ ${#families[@]} -eq 0 ]; then
  families=(unclosedGuillemets backtickPairs punctuationRuns unclosedNestedMarks deeplyNestedMarks curlyOpenings
            namesWithRoles quoteMarkParagraphs unpunctuatedSentence repeatedQuote manyQuotesOneSentence sharedSurname
            pronounsInOneParagraph colonQuotes reportedChain oneSpeakerManyRoles chainedRelativeClauses reasonClauses parentheticalCues citingQuotes unnamedPronounSpeakers randomScalars)
fi
sizes=(125000 250000 500000 1000000)
printf '%-24s %9s %9s %9s %9s\n' family 125K 250K 500K 1M
for family in "${families[@]}"; do
  row=$(printf '%-24s' "$family")
  for bytes in "${sizes[@]}"; do
    "$bin/whosaid-bench" pathological text "$family" "$bytes" > "$dir/input.txt"
    start=$(date +%s.%N)
    if timeout "$limit" "$bin/whosaid" extract "$dir/input.txt" > /dev/null; then
      row+=$(printf ' %9.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
    else
      row+=$(printf ' %9s' timeout)
      break
    fi
  done
  echo "$row"
done
