#!/usr/bin/env bash
# The body of ./bench, run where the toolchain is. Prints the figures; docs/benchmarks.md records them.
set -euo pipefail
runs=${REGIEKAMER_BENCH_RUNS:-11}
logins=${REGIEKAMER_BENCH_LOGINS:-100}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG" >build.configure.log 2>&1 || { cat build.configure.log; exit 1; }
cmake --build build --target regiekamer regiekamer-server regiekamer-admin regiekamer-bench-login >/dev/null
# ./bench --load: only issue 19's sections (side by side with nginx, the live room).
[ "${1:-}" = --load ] && exec tools/bench/load-sections.sh

scratch=$(mktemp -d)
cleanup() {
    [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== cold start of regiekamer to the login window (Xvfb, $runs runs)"
Xvfb :77 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
internal=(); wall=()
for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    ms=$(DISPLAY=:77 QT_QPA_PLATFORM=xcb REGIEKAMER_BENCH_STARTUP=1 HOME="$scratch" build/bin/regiekamer | sed -n 's/^startup-ms: //p')
    end=$(date +%s%N)
    internal+=("$ms"); wall+=("$(( (end - start) / 1000000 ))")
done
echo "startup-ms (main() to login window shown) median=$(printf '%s\n' "${internal[@]}" | median)"
echo "startup-ms (process start to exit after window shown) median=$(printf '%s\n' "${wall[@]}" | median)"

echo "== server"
port=$(( 20000 + RANDOM % 20000 ))
data="$scratch/data"
# Password-only sign-ins, as the sign-in figure always measured (bench_second_factor compares with TOTP).
build/bin/regiekamer-server --data-dir "$data" --listen "127.0.0.1:$port" --demo --mfa-roles none >"$scratch/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do grep -q 'listening on' "$scratch/server.log" && break; sleep 0.1; done
sleep 5
echo "idle-server-rss-kib $(awk '/^VmRSS/ {print $2}' /proc/$server_pid/status) (demo data loaded, 5 s idle)"

account=$(awk '$1=="director" {print $2, $3}' "$data/demo-accounts.txt")
cert=$(ls "$data"/*cert*.pem 2>/dev/null | head -n 1)
echo "== sign-in round trip, $logins sign-ins on fresh TLS 1.3 connections"
echo "${account#* }" | build/bin/regiekamer-bench-login --url "https://127.0.0.1:$port" --ca "$cert" \
    --email "${account%% *}" --count "$logins"
echo "idle-server-rss-kib-after-logins $(awk '/^VmRSS/ {print $2}' /proc/$server_pid/status)"

echo "== desktop: 100,000 registrations in the model and filter proxy"
cmake --build build --target regiekamer-bench-desktop-filter >/dev/null
build/bin/regiekamer-bench-desktop-filter

echo "== desktop cache: Argon2id key, 100,000 registrations written, then opened and shown (goal < 1 s)"
cmake --build build --target regiekamer-bench-cache >/dev/null
build/bin/regiekamer-bench-cache

echo "== server: attendee list of one webinar with 100,000 registrations (TLS 1.3, own server, fresh data dir)"
cmake --build build --target regiekamer-bench-domain >/dev/null
domain_port=$(( 20000 + RANDOM % 20000 ))
while [ "$domain_port" = "$port" ]; do domain_port=$(( 20000 + RANDOM % 20000 )); done
build/bin/regiekamer-bench-domain --server build/bin/regiekamer-server --data-dir "$scratch/domain-data" \
    --port "$domain_port" --count "${REGIEKAMER_BENCH_REGISTRATIONS:-100000}"

echo "== server at rest: insert ${REGIEKAMER_BENCH_REGISTRATIONS:-100000} registrations sealed vs plain baseline (goal >= 50%)"
cmake --build build --target regiekamer-bench-at-rest >/dev/null
build/bin/regiekamer-bench-at-rest --count "${REGIEKAMER_BENCH_REGISTRATIONS:-100000}"

echo "== access log: ${REGIEKAMER_BENCH_AUDIT_ENTRIES:-10000000} entries (filtered first pages, verify, logging cost; fresh data dir)"
cmake --build build --target regiekamer-bench-audit regiekamer-bench-server-unlogged >/dev/null
audit_port=$(( 20000 + RANDOM % 20000 ))
while [ "$audit_port" = "$port" ] || [ "$audit_port" = "$domain_port" ]; do audit_port=$(( 20000 + RANDOM % 20000 )); done
build/bin/regiekamer-bench-audit --server build/bin/regiekamer-server \
    --unlogged build/bin/regiekamer-bench-server-unlogged --admin build/bin/regiekamer-admin \
    --data-dir "$scratch/audit-data" --port "$audit_port" --count "${REGIEKAMER_BENCH_AUDIT_ENTRIES:-10000000}"

echo "== access log names: a page of 100 entries naming 100 attendees against the same page with ids only"
python3 tests/bench/bench_access_log_names.py build/bin/regiekamer-server "${REGIEKAMER_BENCH_NAME_ROUNDS:-200}"

echo "== backups: 100,000 registrations + 1,000,000 access log entries; RPO at 200 writes/s to a directory and an rclone WebDAV remote; backup CPU share; restore"
cmake --build build --target regiekamer-bench-backup >/dev/null
build/bin/regiekamer-bench-backup --server build/bin/regiekamer-server --admin build/bin/regiekamer-admin \
    --data-dir "$scratch/backup-data" --registrations "${REGIEKAMER_BENCH_REGISTRATIONS:-100000}" \
    --entries "${REGIEKAMER_BENCH_BACKUP_ENTRIES:-1000000}" --rate 200 --seconds 30

echo "== connection guard: 10 waves of 50 parallel 1 GiB uploads (Content-Length, then chunked); health p99 goal < 100 ms, memory < 150 MB"
cmake --build build --target regiekamer-bench-limits >/dev/null
build/bin/regiekamer-bench-limits --server build/bin/regiekamer-server --data-dir "$scratch/limits-data"

echo "== mail: outbox drain rate to a real aiosmtpd (STARTTLS required, then implicit TLS), 1,000 mails each"
cmake --build build --target regiekamer-bench-mail >/dev/null
build/bin/regiekamer-bench-mail --mails "${REGIEKAMER_BENCH_MAILS:-1000}" --data-dir "$scratch/mail-data"

echo "== accounts: an invitation through the API until its mail is accepted by a real aiosmtpd, one at a time"
cmake --build build --target regiekamer-bench-account-mail >/dev/null
build/bin/regiekamer-bench-account-mail --count "${REGIEKAMER_BENCH_INVITATIONS:-200}"

echo "== crypto facade: AES-256-GCM seal/open vs openssl speed (4 KiB goal >= 50%), Argon2id derivation time"
cmake --build build --target regiekamer-bench-crypto >/dev/null
build/bin/regiekamer-bench-crypto

echo "== the live room: join → presence row on the director's screen, ${REGIEKAMER_BENCH_ROOM_VIEWERS:-1000} viewers in 60 s over TLS, baseline 10 at 1/s (issue 17)"
cmake --build build --target regiekamer-bench-room >/dev/null
QT_QPA_PLATFORM=offscreen build/bin/regiekamer-bench-room --server build/bin/regiekamer-server \
    --data-dir "$scratch/room-data" --viewers "${REGIEKAMER_BENCH_ROOM_VIEWERS:-1000}" --seconds 60 --baseline 10

tools/bench/load-sections.sh
echo "== per-row cost of a logged read: a registrations page's repository work and JSON, in process (issue 19)"
cmake --build build --target regiekamer-bench-rows >/dev/null
build/bin/regiekamer-bench-rows --count 1000
