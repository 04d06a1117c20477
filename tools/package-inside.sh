#!/usr/bin/env bash
# The body of tools/package, run where the toolchain is (see tools/with-toolchain).
# Usage: tools/package-inside.sh [--from BUILD_DIR] [--output DIR]
set -euo pipefail
from=
output=dist
while [ $# -gt 0 ]; do
    case "$1" in
        --from) from=${2:?--from needs a build directory}; shift 2 ;;
        --output) output=${2:?--output needs a directory}; shift 2 ;;
        *) echo "usage: tools/package [--from BUILD_DIR] [--output DIR]" >&2; exit 2 ;;
    esac
done
command -v dpkg-shlibdeps >/dev/null || { echo "tools/package: dpkg-shlibdeps (dpkg-dev) is needed" >&2; exit 1; }

if [ -z "$from" ]; then
    from=build-release
    echo "== release build in $from (-O2, no tests)"
    REGIEKAMER_BUILD_TARGETS="regiekamer regiekamer-server regiekamer-admin regiekamer_package_files" \
        tools/ci/build.sh "$from" -DBUILD_TESTING=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG"
else
    cmake --build "$from" --target regiekamer regiekamer-server regiekamer-admin regiekamer_package_files
fi

mkdir -p "$output"
output=$(cd "$output" && pwd)
staging=$output/.cpack
rm -rf "$staging" "$output"/regiekamer_*.deb "$output"/regiekamer-server_*.deb
if ! (cd "$from" && cpack -G DEB -B "$staging") >"$output/cpack.log" 2>&1; then
    cat "$output/cpack.log" >&2
    exit 1
fi
mv "$staging"/*.deb "$output"/
rm -rf "$staging"
for deb in "$output"/regiekamer_*.deb "$output"/regiekamer-server_*.deb; do
    echo "$deb: $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
    echo "  Depends: $(dpkg-deb -f "$deb" Depends)"
done
