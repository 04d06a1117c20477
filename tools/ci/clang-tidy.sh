#!/usr/bin/env bash
# clang-tidy over every project source in the compile database of BUILD_DIR.
set -euo pipefail
build_dir=${1:-build}
files=$(git ls-files 'common/*.cpp' 'core/*.cpp' 'ui/*.cpp' 'server/*.cpp' 'app/*.cpp')
printf '%s\n' $files | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build_dir" --quiet
