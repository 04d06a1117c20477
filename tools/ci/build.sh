#!/usr/bin/env bash
# Configures and builds one build tree. Usage: tools/ci/build.sh BUILD_DIR [extra cmake args...]
set -euo pipefail
build_dir=$1
shift
jobs=${REGIEKAMER_JOBS:-$(nproc)}
# What keeps ./test inside its time budget on 2 cores (compiler time per file, measured on this code base):
# line tables only (-g1) are enough for sanitizer and crash stack traces and save 15-30 % against -g; -O1 saves
# another 20-34 % against -O2 and still optimises (so _FORTIFY_SOURCE checks). ./bench and ./run build with -O2.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREGIEKAMER_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
    "$@" >"$build_dir.configure.log" 2>&1 \
    || { cat "$build_dir.configure.log"; exit 1; }
# REGIEKAMER_BUILD_TARGETS: build only these targets (default: all).
# shellcheck disable=SC2086
cmake --build "$build_dir" -j "$jobs" ${REGIEKAMER_BUILD_TARGETS:+--target $REGIEKAMER_BUILD_TARGETS}
