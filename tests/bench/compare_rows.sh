#!/usr/bin/env bash
# The per-row figures of docs/benchmarks.md ("Per-row cost", issue 19): two builds of regiekamer-bench-rows, the one
# before the change (OLD) and after it (NEW), run in turns in one script (the machine is shared: only the ratios of
# one run count). Usage: tests/bench/compare_rows.sh OLD_BINARY NEW_BINARY [ROUNDS]
set -euo pipefail
old=$1
new=$2
rounds=${3:-3}
for round in $(seq 1 "$rounds"); do
    for side in old new; do
        binary=$old
        [ "$side" = new ] && binary=$new
        "$binary" --count 1000 --iterations 200 --runs 5 2>/dev/null | sed -n 's/^\(page-100\|page-1\|per-row\|single\) /'"$side"' round '"$round"' &/p'
    done
    # The new build's repository with the old serialisation (api::Registration, QJsonObject): the JSON's share.
    "$new" --count 1000 --iterations 200 --runs 5 --objects 2>/dev/null | sed -n 's/^\(page-100\|page-1\|per-row\|single\) /new+objects round '"$round"' &/p'
done
