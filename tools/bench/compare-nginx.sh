#!/usr/bin/env bash
# Side by side with nginx (issue 19): the same wrk settings against regiekamer-server and against nginx serving the
# exact bytes the server answered, with the same certificate and key, TLS 1.3 only, kept-alive connections.
#
#   tools/bench/compare-nginx.sh [--build DIR] [--duration S] [--connections N] [--threads N] [--rounds N]
#                                [--warmup S] [--nginx-workers N|auto] [--registrations N] [--h2load]
#
# Runs where the toolchain is (./bench calls it inside the build root; alone: tools/with-toolchain
# tools/bench/compare-nginx.sh --build build-rel). DIR (default build) must hold bin/regiekamer-server and
# bin/regiekamer-bench-seed (cmake --build DIR --target regiekamer-server regiekamer-bench-seed).
# 1. regiekamer-bench-seed creates a fresh data directory (--demo) with one live webinar of 100 registrations.
# 2. The server starts on loopback; tools/bench/capture.py signs in as the demo director and captures the first page
#    of 100 registrations, one registration and /api/v1/health (body, Content-Type and the other headers).
# 3. nginx (its own config in the throwaway directory) serves those bodies at the same paths with the same headers,
#    the server's certificate and key, TLS 1.3 only, keep-alive without a request limit, no access log.
# 4. For each of the three: a warm-up against both, then `wrk -tT -cN -dS` against the server and nginx in turns
#    (server, nginx, server, nginx for --rounds 2), the same request bytes (tools/bench/wrk-report.lua adds the
#    Authorization header). Any answer >= 400 or socket error fails the run. Prints req/s, latency p50/p99 per run and
#    the ratio server/nginx of the mean req/s.
# Everything lives in a mktemp directory that is removed on exit, with every process this script started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=build duration=10 connections=8 threads=2 rounds=2 warmup=2 workers=auto registrations=100 h2=0
usage() { sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --nginx-workers) workers=$2; shift 2 ;;
    --registrations) registrations=$2; shift 2 ;;
    --h2load) h2=1; shift ;;
    -h | --help) usage 0 ;;
    *) echo "compare-nginx.sh: unknown option $1" >&2; usage 2 ;;
    esac
done
build=$(cd "$build" && pwd)
server_bin=$build/bin/regiekamer-server seed_bin=$build/bin/regiekamer-bench-seed
for tool in "$server_bin" "$seed_bin"; do
    [ -x "$tool" ] || { echo "compare-nginx.sh: no $tool (cmake --build $build --target regiekamer-server regiekamer-bench-seed)" >&2; exit 1; }
done
for tool in nginx wrk python3; do
    command -v "$tool" >/dev/null || { echo "compare-nginx.sh: $tool is missing (tools/buildroot/packages.txt)" >&2; exit 1; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/compare-nginx.XXXXXX")
server_pid="" nginx_pid=""
cleanup() {
    if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null; fi
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # FILE PATTERN PID WHAT
    for _ in $(seq 1 1200); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$3" 2>/dev/null || break
        sleep 0.1
    done
    echo "compare-nginx.sh: $4 did not come up:" >&2; cat "$1" >&2; exit 1
}

# 1. The data.
data=$scratch/data
"$seed_bin" --server "$server_bin" --data-dir "$data" --registrations "$registrations" >"$scratch/seed.txt"
webinar=$(awk '$1 == "webinar" {print $2}' "$scratch/seed.txt")

# 2. The server and its answers.
server_port=$(free_port)
"$server_bin" --data-dir "$data" --listen "127.0.0.1:$server_port" --mfa-roles none >"$scratch/server.log" 2>&1 &
server_pid=$!
wait_for "$scratch/server.log" 'listening on https://' "$server_pid" regiekamer-server
www=$scratch/www
python3 "$here/capture.py" --port "$server_port" --data-dir "$data" --webinar "$webinar" --out "$www"
export BENCH_TOKEN_FILE=$www/token

# 3. nginx with the same certificate, key, bytes and headers.
nginx_port=$(free_port)
while [ "$nginx_port" = "$server_port" ]; do nginx_port=$(free_port); done
mkdir -p "$scratch/nginx/tmp"
{
    [ "$(id -u)" = 0 ] && echo "user root;" # the workers read the bodies in the private throwaway directory
    echo "worker_processes $workers;"
    echo "pid $scratch/nginx/nginx.pid;"
    echo "error_log $scratch/nginx/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "    access_log off; types { } server_tokens off;"
    for temp in client_body proxy fastcgi scgi uwsgi; do echo "    ${temp}_temp_path $scratch/nginx/tmp/$temp;"; done
    echo "    keepalive_timeout 300s; keepalive_requests 100000000;"
    echo "    server {"
    echo "        listen 127.0.0.1:$nginx_port ssl;"
    echo "        ssl_certificate $data/server-certificate.pem; ssl_certificate_key $data/server-key.pem;"
    echo "        ssl_protocols TLSv1.3;"
    while IFS=$'\t' read -r name _ plain type extra; do
        echo "        location = $plain {"
        echo "            default_type \"$type\"; alias $www/$name.json;"
        if [ -n "${extra:-}" ]; then
            while IFS= read -r header; do
                echo "            add_header \"${header%%: *}\" \"${header#*: }\" always;"
            done < <(tr '\t' '\n' <<<"$extra")
        fi
        echo "        }"
    done <"$www/targets.tsv"
    echo "    }"
    echo "}"
} >"$scratch/nginx/nginx.conf"
nginx -e "$scratch/nginx/error.log" -p "$scratch/nginx" -c "$scratch/nginx/nginx.conf" -g 'daemon off;' >"$scratch/nginx/stdout.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 100); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$nginx_port),1)" 2>/dev/null && break
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$scratch/nginx/stdout.log" "$scratch/nginx/error.log" >&2; exit 1; }
    sleep 0.1
done

# Both answer every target with 200 and the same body.
python3 - "$www" "$server_port" "$nginx_port" "$data/server-certificate.pem" <<'PY'
import http.client, os, ssl, sys
www, ports, ca = sys.argv[1], (int(sys.argv[2]), int(sys.argv[3])), sys.argv[4]
context = ssl.create_default_context(cafile=ca)
context.check_hostname = False
context.minimum_version = ssl.TLSVersion.TLSv1_3
token = open(os.path.join(www, "token")).read().strip()
for line in open(os.path.join(www, "targets.tsv")):
    name, path, _, content_type = line.rstrip("\n").split("\t")[:4]
    bodies = []
    for port in ports:
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context)
        connection.request("GET", path, headers={"Authorization": "Bearer " + token})
        reply = connection.getresponse()
        body = reply.read()
        if reply.status != 200 or reply.getheader("Content-Type") != content_type:
            sys.exit(f"compare-nginx.sh: {path} on port {port}: {reply.status} {reply.getheader('Content-Type')}")
        bodies.append(body)
    if bodies[0] != bodies[1]:
        sys.exit(f"compare-nginx.sh: {path}: the server and nginx answer different bytes")
    print(f"{name}: {path}, {len(bodies[0])} bytes, {content_type}, the same from both")
PY

# 4. wrk, in turns.
run_wrk() { # PORT PATH SECONDS → the wrk-result line
    local out
    out=$(wrk "-t$threads" "-c$connections" "-d$3s" -s "$here/wrk-report.lua" "https://127.0.0.1:$1$2" 2>&1) || {
        echo "compare-nginx.sh: wrk failed: $out" >&2; exit 1; }
    local line
    line=$(grep '^wrk-result' <<<"$out") || { echo "compare-nginx.sh: no result from wrk: $out" >&2; exit 1; }
    if ! grep -q 'bad-status=0 socket-errors=0' <<<"$line"; then
        echo "compare-nginx.sh: https://127.0.0.1:$1$2 answered errors: $line" >&2; exit 1
    fi
    echo "$line"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

echo "wrk -t$threads -c$connections -d${duration}s, $rounds rounds in turns (server, nginx), warm-up ${warmup}s each;" \
    "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') with worker_processes $workers; $(nproc) cores"
summary=()
while IFS=$'\t' read -r name path _; do
    run_wrk "$server_port" "$path" "$warmup" >/dev/null
    run_wrk "$nginx_port" "$path" "$warmup" >/dev/null
    server_rps=() nginx_rps=()
    for round in $(seq 1 "$rounds"); do
        for side in server nginx; do
            port=$server_port; [ "$side" = nginx ] && port=$nginx_port
            line=$(run_wrk "$port" "$path" "$duration")
            printf '%-7s round %d %-6s %10.1f req/s  p50 %8.3f ms  p99 %8.3f ms  (%s requests)\n' "$name" "$round" \
                "$side" "$(field rps "$line")" "$(field p50 "$line")" "$(field p99 "$line")" "$(field requests "$line")"
            if [ "$side" = server ]; then server_rps+=("$(field rps "$line")"); else nginx_rps+=("$(field rps "$line")"); fi
        done
    done
    summary+=("$(python3 -c 'import sys
s = [float(x) for x in sys.argv[2].split()]; n = [float(x) for x in sys.argv[3].split()]
ms, mn = sum(s) / len(s), sum(n) / len(n)
print(f"{sys.argv[1]:7s} server {ms:10.1f} req/s, nginx {mn:10.1f} req/s, ratio server/nginx {100 * ms / mn:6.2f} %")' \
        "$name" "${server_rps[*]}" "${nginx_rps[*]}")")
done <"$www/targets.tsv"

echo "== ratios (mean req/s of the rounds)"
printf '%s\n' "${summary[@]}"

if [ "$h2" = 1 ]; then
    command -v h2load >/dev/null || { echo "compare-nginx.sh: h2load is missing" >&2; exit 1; }
    echo "== h2load over HTTP/1.1 (-t$threads -c$connections -D$duration), in turns"
    while IFS=$'\t' read -r name path _; do
        for side in server nginx; do
            port=$server_port; [ "$side" = nginx ] && port=$nginx_port
            result=$(h2load --h1 "-t$threads" "-c$connections" "-D$duration" -H "Authorization: Bearer $(cat "$BENCH_TOKEN_FILE")" \
                "https://127.0.0.1:$port$path" 2>&1)
            printf '%-7s %-6s %s | %s\n' "$name" "$side" "$(grep -m1 '^finished in' <<<"$result")" \
                "$(grep -m1 '^requests:' <<<"$result")"
        done
    done <"$www/targets.tsv"
fi
