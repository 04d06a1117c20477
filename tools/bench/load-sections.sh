#!/usr/bin/env bash
# Issue 19's sections of ./bench (tools/bench-inside.sh runs them last; `./bench --load` runs only these), in the
# build root with the RelWithDebInfo build in ./build:
#  1. side by side with nginx (tools/bench/compare-nginx.sh): wrk against regiekamer-server and nginx serving the same
#     bytes; REGIEKAMER_BENCH_NGINX_SECONDS (default 10) and REGIEKAMER_BENCH_NGINX_CONNECTIONS (default 8);
#  2. the live room (regiekamer-bench-live-room): REGIEKAMER_BENCH_LIVE_VIEWERS (default 1000) viewers with event
#     streams and API use joining in 60 s, 5 questions/s, then REGIEKAMER_BENCH_LIVE_STEADY_SECONDS (default 60).
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== side by side with nginx: wrk -t2 -c${REGIEKAMER_BENCH_NGINX_CONNECTIONS:-8} -d${REGIEKAMER_BENCH_NGINX_SECONDS:-10}s, the server against nginx serving the same bytes (issue 19)"
cmake --build build --target regiekamer-server regiekamer-bench-seed >/dev/null
tools/bench/compare-nginx.sh --build build --duration "${REGIEKAMER_BENCH_NGINX_SECONDS:-10}" \
    --connections "${REGIEKAMER_BENCH_NGINX_CONNECTIONS:-8}"

echo "== the live room: ${REGIEKAMER_BENCH_LIVE_VIEWERS:-1000} viewers (event stream + API) joining in 60 s, 5 questions/s, ticks every 30 s; question → moderator, server CPU and memory (issue 19)"
cmake --build build --target regiekamer-bench-live-room >/dev/null
QT_QPA_PLATFORM=offscreen build/bin/regiekamer-bench-live-room --server build/bin/regiekamer-server \
    --data-dir "$scratch/live-room-data" --viewers "${REGIEKAMER_BENCH_LIVE_VIEWERS:-1000}" --join-seconds 60 \
    --steady-seconds "${REGIEKAMER_BENCH_LIVE_STEADY_SECONDS:-60}" --questions-per-second 5
