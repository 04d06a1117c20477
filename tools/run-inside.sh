#!/usr/bin/env bash
# The body of ./run, executed where the toolchain is (see tools/with-toolchain).
set -euo pipefail
use_xvfb=${1:-}
port=${REGIEKAMER_PORT:-8443}
data_dir=$PWD/.run/data

if [ -z "$use_xvfb" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
Regiekamer is a desktop application and no display was found (DISPLAY and WAYLAND_DISPLAY are unset).
  - On a desktop session, run ./run from a terminal inside that session.
  - Over SSH, connect with 'ssh -X' so the window opens on your screen.
  - Without any screen, './run --xvfb' starts it on a virtual X server (Xvfb); take screenshots with
    tools/screenshots.sh.
MSG
    exit 2
fi

echo "== building regiekamer, regiekamer-server, regiekamer-admin"
mkdir -p build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG" >build.configure.log 2>&1 || { cat build.configure.log; exit 1; }
cmake --build build --target regiekamer regiekamer-server regiekamer-admin

rm -rf "$data_dir"
mkdir -p "$(dirname "$data_dir")"
log=$PWD/.run/server.log
# The demo asks for no second factor, so its accounts sign in with the passwords below; production servers require
# one for admins, directors and client staff (docs/security.md "Second factor").
build/bin/regiekamer-server --data-dir "$data_dir" --listen "127.0.0.1:$port" --demo --mfa-roles none >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -q 'listening on' "$log" && break
    kill -0 $server_pid 2>/dev/null || { echo "regiekamer-server did not start:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.2
done
grep -q 'listening on' "$log" || { echo "regiekamer-server did not start in time:" >&2; cat "$log" >&2; exit 1; }

echo
echo "== Regiekamer demo server (data in $data_dir, log in $log)"
grep -E 'listening on|fingerprint' "$log"
echo "Demo accounts (role, e-mail, password):"
grep -v '^#' "$data_dir/demo-accounts.txt" | sed 's/^/  /'
echo "No second factor is asked in the demo; File > Second factor... sets one up for the account signed in."
echo
echo "When the app asks, compare the certificate fingerprint with the one above before trusting it."

app=(build/bin/regiekamer --server "https://127.0.0.1:$port")
if [ -n "$use_xvfb" ]; then
    echo "Starting the app on a virtual X server (no window will appear on your screen)."
    xvfb-run -a -s '-screen 0 1400x900x24' "${app[@]}"
else
    "${app[@]}"
fi
