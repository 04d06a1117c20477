#!/usr/bin/env bash
# The request pipeline before and after (issue 19, docs/benchmarks.md "Request pipeline"): two regiekamer-server
# binaries on copies of one data directory, in turns, with the same wrk settings on the three reads of the issue.
#
#   tools/bench/pipeline-compare.sh OLD_BUILD NEW_BUILD [--duration S] [--rounds N] [--kinds "page one health"]
#                                   [--perf OUT_DIR]
#
# Runs inside the build root (tools/with-toolchain; both BUILD dirs inside the checkout, which is all the root sees).
# Each BUILD dir holds bin/regiekamer-server; NEW_BUILD also
# bin/regiekamer-bench-domain, which seeds one live webinar with 100 registrations (--count 100).
# For each of /api/v1/webinars/W/registrations?limit=100, /api/v1/registrations/R and /api/v1/health, for each round:
# `wrk -t2 -c8 -dS` against the old server, then the new one (each started fresh on its own copy, signed in as the
# demo director). Prints req/s per run and the ratio new/old of the means. --perf: `perf record` (DWARF call graphs,
# 5 s) each server
# during its first run of each path (OUT_DIR/{old,new}-{page,one,health}.data).
set -euo pipefail
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
shift 2
duration=10 rounds=2 perf_dir="" kinds="page one health"
while [ $# -gt 0 ]; do
    case "$1" in
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --kinds) kinds=$2; shift 2 ;;
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
    for _ in $(seq 1 1200); do
        grep -q 'listening on https://' "$scratch/$2.log" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || { echo "$2 server stopped:" >&2; cat "$scratch/$2.log" >&2; exit 1; }
        sleep 0.1
    done
    grep -q 'listening on https://' "$scratch/$2.log" || { echo "$2 server not up:" >&2; cat "$scratch/$2.log" >&2; exit 1; }
    base=https://127.0.0.1:$port
    python3 - "$port" "$email" "$password" "$webinar" "$scratch" <<'PY'
import http.client, json, ssl, sys
port, email, password, webinar, scratch = sys.argv[1:]
def call(method, path, body=None, token=None):
    connection = http.client.HTTPSConnection("127.0.0.1", int(port), context=ssl._create_unverified_context())
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, body=json.dumps(body) if body else None, headers=headers)
    return json.loads(connection.getresponse().read())
token = call("POST", "/api/v1/session", {"email": email, "password": password})["token"]
first = call("GET", f"/api/v1/webinars/{webinar}/registrations?limit=1", token=token)["items"][0]["id"]
open(f"{scratch}/auth.lua", "w").write(f'wrk.headers["Authorization"] = "Bearer {token}"\n')
open(f"{scratch}/registration", "w").write(str(first))
PY
    registration=$(cat "$scratch/registration")
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
        perf record --call-graph dwarf,16384 -F 499 -o "$perf_dir/$2-$3.data" -p "$server_pid" -- sleep 5 >/dev/null 2>&1 &
        perf_pid="$perf_pid $!"
        # Where the wall time goes off the CPU: the syscalls' total time (fdatasync, the WAL commit's flush).
        perf trace -s -o "$perf_dir/$2-$3.syscalls.txt" -p "$server_pid" -- sleep 5 >/dev/null 2>&1 &
        perf_pid="$perf_pid $!"
    fi
    out=$(wrk -t2 -c8 -d"${duration}s" -s "$scratch/auth.lua" "$base$path")
    for pid in $perf_pid; do wait "$pid" || true; done
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    p50=$(awk '$1 == "Latency" {print $2}' <<<"$out")
    echo "$3 $2 round $4: ${rps} req/s (latency avg $p50${bad:+, NON-2XX $bad})"
    sum[$2-$3]=$(python3 -c "print(${sum[$2-$3]:-0} + $rps)")
    stop_server
}
for kind in $kinds; do
    for round in $(seq 1 "$rounds"); do
        run "$old" old "$kind" "$round"
        run "$new" new "$kind" "$round"
    done
    python3 -c "o=${sum[old-$kind]}/$rounds; n=${sum[new-$kind]}/$rounds; print(f'$kind: old {o:.0f} req/s, new {n:.0f} req/s, new/old {n/o:.2f}')"
done
