#!/usr/bin/env bash
# Fuzz loading, analysis and JSON output with libFuzzer (Fuzz/WhosaidFuzz.swift; issue 11 item 5).
# Usage: Scripts/fuzz.sh [SECONDS] [libFuzzer flags...]   (default 600; 0 runs until stopped)
# Builds the model library with coverage for the fuzzer in .build/fuzz (release, -sanitize=fuzzer),
# links the target, and runs it on Fuzz/corpus (the seed inputs, read only) and .build/fuzz/corpus
# (what it finds). A crashing input is written to .build/fuzz/crashes/; keep it as a test.
# WHOSAID_FUZZ_DIR puts the build, corpus and crashes elsewhere than .build/fuzz.
# It ends with libFuzzer's summary: stat::number_of_executed_units is the number of executions.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
out=${WHOSAID_FUZZ_DIR:-.build/fuzz}
swift build -c release --build-path "$out" -Xswiftc -sanitize=fuzzer --target WhosaidModel >&2
lib="$out/release"
swiftc -O -sanitize=fuzzer -parse-as-library Fuzz/WhosaidFuzz.swift -module-name WhosaidFuzz \
  -I "$lib/Modules" -Xcc -fmodule-map-file="$lib/CWhosaidTaggerModel.build/module.modulemap" \
  -Xcc -I -Xcc Sources/CWhosaidTaggerModel/include \
  -Xcc -fmodule-map-file="$lib/CPrefetch.build/module.modulemap" -Xcc -I -Xcc Sources/CPrefetch/include \
  -Xcc -fmodule-map-file="$lib/CBitCount.build/module.modulemap" -Xcc -I -Xcc Sources/CBitCount/include \
  "$lib"/WhosaidModel.build/*.o "$lib"/WhosaidSyntax.build/*.o "$lib"/CWhosaidTaggerModel.build/*.o "$lib"/CPrefetch.build/*.o \
  "$lib"/CBitCount.build/*.o \
  -o "$out/whosaid-fuzz"
mkdir -p "$out/corpus" "$out/crashes"
# Swift's own crash backtracer would end the process before libFuzzer writes the crashing input.
export SWIFT_BACKTRACE=enable=no
exec "$out/whosaid-fuzz" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
  -print_final_stats=1 -artifact_prefix="$out/crashes/" "$@" "$out/corpus" Fuzz/corpus
