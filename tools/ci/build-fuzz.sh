#!/usr/bin/env bash
# Configures and builds build-fuzz: the libFuzzer targets of tests/fuzz with clang-19, every library they link
# instrumented for coverage (-fsanitize=fuzzer-no-link) and built with AddressSanitizer + UndefinedBehaviorSanitizer
# (REGIEKAMER_FUZZ in CMakeLists.txt). Only the fuzz targets and the libraries they need are built, never the GUI.
# -O1 as libFuzzer recommends; Debug, so that _FORTIFY_SOURCE does not take the checks from ASan's interceptors.
set -euo pipefail
REGIEKAMER_BUILD_TARGETS=fuzzers exec "$(dirname "$0")/build.sh" build-fuzz -DCMAKE_CXX_COMPILER=clang++-19 \
    -DREGIEKAMER_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" "$@"
