#!/usr/bin/env bash
# Runs one fuzz target: replays its corpus, fuzzes for SECONDS more (0: only the replay), and writes a summary
# (executions, executions per second) to WORK/summary. New inputs go to WORK/new; the corpus is only read unless
# MODE is "merge", which then adds those that bring new coverage to it (./fuzz). A crash, leak, sanitizer report or
# hang fails the run, its input kept in WORK/artifacts.
# Usage: run-fuzzer.sh BINARY CORPUS WORK SECONDS MAX_LEN [merge]
set -euo pipefail
binary=$1 corpus=$2 work=$3 seconds=$4 max_len=$5 mode=${6:-replay}
name=$(basename "$corpus")
rm -rf "$work"
mkdir -p "$work/new" "$work/artifacts"
# Leaks are checked after every input that allocated more than it freed (libFuzzer's -detect_leaks), not at exit,
# where OpenSSL's providers (loaded by QCA's plugin) are left behind as global state. addr2line symbolizes: the
# build root has no llvm-symbolizer.
export ASAN_OPTIONS=detect_leaks=1:leak_check_at_exit=0:abort_on_error=1:allow_addr2line=1
export ASAN_SYMBOLIZER_PATH=/usr/bin/addr2line
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
if [ "$seconds" = 0 ]; then limit=(-runs=0); else limit=(-max_total_time="$seconds"); fi
if ! "$binary" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/new" "$corpus" >"$work/log" 2>&1; then
    tail -n 80 "$work/log"
    echo "fuzz_$name: FAILED; the input is in $work/artifacts/ (add it to $corpus once fixed)"
    exit 1
fi
stat() { sed -n "s/^stat::$1: *//p" "$work/log" | tail -n 1; }
seeds=$(find "$corpus" -type f | wc -l)
found=$(find "$work/new" -type f | wc -l)
summary="fuzz_$name: $(stat number_of_executed_units) executions in ${seconds} s + replay of $seeds seeds,"
summary+=" $(stat average_exec_per_sec) exec/s, $found new inputs, peak RSS $(stat peak_rss_mb) MB"
if [ "$mode" = merge ] && [ "$found" -gt 0 ]; then
    "$binary" -merge=1 -timeout=10 -max_len="$max_len" "$corpus" "$work/new" >"$work/merge.log" 2>&1 \
        || { tail -n 40 "$work/merge.log"; exit 1; }
    summary+=", corpus $seeds -> $(find "$corpus" -type f | wc -l) files"
fi
echo "$summary" | tee "$work/summary"
