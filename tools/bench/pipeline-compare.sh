#!/usr/bin/env bash
# The request pipeline before and after (issue 19, docs/benchmarks.md "Request pipeline"): two regiekamer-server
# binaries on copies of one data directory, in turns, with the same wrk settings on the three reads of the issue.
#
#   tools/bench/pipeline-compare.sh OLD_BUILD NEW_BUILD [--duration S] [--rounds N] [--perf OUT_DIR]
#
# Runs inside the build root (tools/with-toolchain). Each BUILD dir holds bin/regiekamer-server; NEW_BUILD also
# bin/regiekamer-bench-domain, which seeds one live webinar with 100 registrations (--count 100).
# For each of /api/v1/webinars/W/registrations?limit=100, /api/v1/registrations/R and /api/v1/health, for each round:
# `wrk -t2 -c8 -dS` against the old server, then the new one (each started fresh on its own copy, signed in as the
# demo director). Prints req/s per run and the ratio new/old of the means. --perf: `perf record -g` each server
# during its first run of each path (OUT_DIR/{old,new}-{page,one,health}.data).
set -euo pipefail
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
shift 2
duration=10 rounds=2 perf_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --perf) perf_dir=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    *) echo "pipeline-compare.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pipeline-compare.XXXXXX")
server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
    server_pid=""
}
trap 'stop_server; rm -rf "$scratch"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$new/bin/regiekamer-bench-domain" --server "$new/bin/regiekamer-server" --data-dir "$scratch/seed" --count 100 \
    >"$scratch/seed.txt"
webinar=$(awk '$1 == "webinar" {sub(",", "", $2); print $2}' "$scratch/seed.txt")
read -r _ email password < <(awk '$1 == "director"' "$scratch/seed/demo-accounts.txt")

start_server() { # BUILD NAME
    rm -rf "$scratch/$2"
    cp -a "$scratch/seed" "$scratch/$2"
    port=$(free_port)
    "$1/bin/regiekamer-server" --data-dir "$scratch/$2" --listen "127.0.0.1:$port" --mfa-roles none \
        >"$scratch/$2.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 600); do
        grep -q 'listening on https://' "$scratch/$2.log" && break
        sleep 0.1
    done
    base=https://127.0.0.1:$port
    curl -sk -X POST "$base/api/v1/session" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' >"$scratch/token"
    printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$(cat "$scratch/token")" >"$scratch/auth.lua"
    registration=$(curl -sk "$base/api/v1/webinars/$webinar/registrations?limit=1" \
        -H "Authorization: Bearer $(cat "$scratch/token")" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
}

declare -A sum
run() { # BUILD NAME PATH-KIND ROUND
    start_server "$1" "$2"
    case "$3" in
    page) path="/api/v1/webinars/$webinar/registrations?limit=100" ;;
    one) path="/api/v1/registrations/$registration" ;;
    health) path="/api/v1/health" ;;
    esac
    wrk -t2 -c8 -d2 -s "$scratch/auth.lua" "$base$path" >/dev/null # warm-up
    perf_pid=""
    if [ -n "$perf_dir" ] && [ "$4" = 1 ]; then
        perf record -g -o "$perf_dir/$2-$3.data" -p "$server_pid" -- sleep "$duration" >/dev/null 2>&1 &
        perf_pid=$!
    fi
    out=$(wrk -t2 -c8 -d"${duration}s" -s "$scratch/auth.lua" "$base$path")
    [ -n "$perf_pid" ] && wait "$perf_pid" || true
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    p50=$(awk '$1 == "Latency" {print $2}' <<<"$out")
    echo "$3 $2 round $4: ${rps} req/s (latency avg $p50${bad:+, NON-2XX $bad})"
    sum[$2-$3]=$(python3 -c "print(${sum[$2-$3]:-0} + $rps)")
    stop_server
}
for kind in page one health; do
    for round in $(seq 1 "$rounds"); do
        run "$old" old "$kind" "$round"
        run "$new" new "$kind" "$round"
    done
    python3 -c "o=${sum[old-$kind]}/$rounds; n=${sum[new-$kind]}/$rounds; print(f'$kind: old {o:.0f} req/s, new {n:.0f} req/s, new/old {n/o:.2f}')"
done
