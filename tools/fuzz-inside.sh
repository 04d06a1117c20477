#!/usr/bin/env bash
# The body of ./fuzz, run where the toolchain is (see tools/with-toolchain): builds build-fuzz, runs each fuzz target
# for SECONDS after replaying its corpus, and merges the inputs that bring new coverage into tests/fuzz/corpus/.
# Usage: tools/fuzz-inside.sh [SECONDS [TARGET...]]   (TARGET: request_bodies, http_framer, ...; default all)
set -euo pipefail
seconds=${1:-60}
[ $# -gt 0 ] && shift
case "$seconds" in
    '' | *[!0-9]*) echo "usage: ./fuzz [SECONDS [TARGET...]]" >&2; exit 2 ;;
esac
started=$(date +%s)
echo "== build-fuzz (clang-19, libFuzzer, ASan + UBSan)"
tools/ci/build-fuzz.sh
status=0
summaries=()
while read -r name binary corpus work max_len; do
    if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qxF "$name"; then
        continue
    fi
    echo "== fuzz_$name: ${seconds} s"
    if HOME="$PWD/build-fuzz/test-home/fuzz_$name" tests/fuzz/run-fuzzer.sh "$binary" "$corpus" "$work" "$seconds" \
        "$max_len" merge; then
        summaries+=("$(cat "$work/summary")")
    else
        summaries+=("fuzz_$name: FAILED (see above)")
        status=1
    fi
done <build-fuzz/fuzzers.txt
echo "== summary"
printf '%s\n' "${summaries[@]}"
echo "== ./fuzz finished in $(( $(date +%s) - started )) s; new corpus files: git status tests/fuzz/corpus"
exit $status
