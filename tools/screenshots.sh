#!/usr/bin/env bash
# Takes the README's screenshots: every role's view in English and Dutch, from a real X server (Xvfb), against
# the real server with demo data. Writes docs/screenshots/ROLE-LANG.png, the access log (access-log-LANG.png) and
# the offline banner (offline-LANG.png).
set -euo pipefail
cd "$(dirname "$0")/.."
exec tools/with-toolchain bash -c '
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG" >build.configure.log 2>&1 || { cat build.configure.log; exit 1; }
    cmake --build build --target regiekamer-screenshot-tour regiekamer-server regiekamer-admin >/dev/null
    HOME=$(mktemp -d) QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
        build/bin/regiekamer-screenshot-tour docs/screenshots'
