#!/usr/bin/env bash
# The body of ./test, run where the toolchain is (see tools/with-toolchain).
set -euo pipefail
mode=${1:-full}
export QT_QPA_PLATFORM=offscreen
started=$(date +%s)

echo "== build (RelWithDebInfo, warnings as errors)"
tools/ci/build.sh build
# The packages of this build are checked in the background, at the lowest CPU priority: most of its time is waiting
# (apt, dpkg, the mirror), and its log is printed at the end. In the full run it goes beside the sanitizer build,
# which keeps both cores busy at normal priority, rather than beside the tests, whose servers must answer in time.
packages_pid=
check_packages() {
    echo "== packages: checked in the background (tools/ci/check-packages.sh, log in build/package-check.log)"
    # A process group of its own (setsid), so an early exit (a failing test) takes the whole check down with it.
    setsid nice -n 19 tools/ci/check-packages.sh build >build/package-check.log 2>&1 &
    packages_pid=$!
    trap 'kill -TERM -- "-$packages_pid" 2>/dev/null || true' EXIT
}
[ "$mode" = full ] || check_packages
echo "== tests"
(cd build && ctest --output-on-failure --timeout 600 -LE 'bench|soak' -j 2)
status=0
[ "$mode" = full ] && check_packages
if [ "$mode" = full ]; then
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer build: unit and integration tests"
    # Only what the unit and integration tests run: their executables and the server and admin tool they start.
    REGIEKAMER_BUILD_TARGETS="regiekamer-server regiekamer-admin $(cd build && ctest -N -L 'unit|integration' |
        sed -n 's/^ *Test *#[0-9]*: //p' | tr '\n' ' ')" \
        tools/ci/build.sh build-asan -DREGIEKAMER_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    (cd build-asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --timeout 900 -L 'unit|integration' -j 2) || status=$?
    echo "== libFuzzer build (clang-19, ASan + UBSan): each fuzz target replays its corpus, then fuzzes briefly"
    # docs/pentest-fuzz.md. Inputs found here stay in build-fuzz/fuzz-work; ./fuzz runs longer and keeps them.
    fuzz_started=$(date +%s)
    tools/ci/build-fuzz.sh
    fuzz_built=$(date +%s)
    (cd build-fuzz && ctest --output-on-failure -L fuzz -j 2) || status=$?
    cat build-fuzz/fuzz-work/*/summary 2>/dev/null || true
    echo "== fuzz: build $(( fuzz_built - fuzz_started )) s, corpus replay and fuzzing $(( $(date +%s) - fuzz_built )) s"
fi
if [ "$mode" = lint ]; then
    echo "== clang-tidy"
    # clang-tidy cannot read GCC's precompiled headers and checks file by file: its compile database comes from a
    # configuration without precompiled headers or unity batches. It compiles nothing itself; only the code moc
    # generates must exist first (and autogen need not wait for the libraries a target links).
    cmake -S . -B build-tidy -G Ninja -DREGIEKAMER_PCH=OFF -DREGIEKAMER_UNITY=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
        -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >build-tidy.configure.log 2>&1 || { cat build-tidy.configure.log; exit 1; }
    # shellcheck disable=SC2046
    cmake --build build-tidy -j "$(nproc)" --target $(cd build-tidy && ninja -t targets all |
        sed -n 's/^\([A-Za-z0-9_-]*_autogen\): phony$/\1/p')
    tools/ci/clang-tidy.sh build-tidy || status=$?
fi
echo "== packages (waiting for the background check)"
waited=$(date +%s)
wait "$packages_pid" || status=1
cat build/package-check.log
echo "== packages: waited $(( $(date +%s) - waited )) s for the background check"
echo "== ./test finished in $(( $(date +%s) - started )) s"
exit $status
