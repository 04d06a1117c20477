#!/usr/bin/env bash
# clang-tidy over every project source in the compile database of BUILD_DIR.
set -euo pipefail
build_dir=${1:-build}
# The build root has no git: there every .cpp of the layers counts (the same files in a clean checkout).
files=$(git ls-files 'common/*.cpp' 'core/*.cpp' 'ui/*.cpp' 'server/*.cpp' 'app/*.cpp' 'resources/*.cpp' 2>/dev/null ||
    find common core ui server app resources -name '*.cpp' | sort)
printf '%s\n' $files | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build_dir" --quiet
