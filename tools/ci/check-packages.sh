#!/usr/bin/env bash
# The packages of a build tree, checked as an operator meets them. Run where the toolchain is (the build root);
# ./test runs it in the background, next to the sanitizer build, and prints its log at the end.
#   1. the files in resources/: desktop-file-validate, appstreamcli validate, the man pages through groff and man
#      with every warning, the versions they name, the icon sizes
#   2. tools/package --from BUILD_DIR: the two .deb files, into BUILD_DIR/dist
#   3. lintian: no errors (warnings are listed)
#   4. both packages installed with apt into a throwaway Debian 13 root, dependencies resolved from the mirror;
#      in it: the three programs' --version, the system user, data directory and master key, systemd-analyze verify
#      and security (the exposure score) of the installed unit, the server started as its user with the key as a
#      credential, regiekamer-admin run as root, and the desktop app started offscreen.
# The throwaway root is an overlay (in memory) on a minimal Debian 13 root made once by debootstrap and kept, with
# the apt lists and downloaded packages, in $REGIEKAMER_PKGCHECK_CACHE (default /var/cache/regiekamer-pkgcheck,
# inside the build root). Delete it to start over.
# Usage: tools/ci/check-packages.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: check-packages.sh BUILD_DIR}" && pwd)
cd "$checkout"
. tools/buildroot/common.sh
started=$(date +%s)
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
say() { echo "-- $* ($(( $(date +%s) - started )) s)"; }

# The build root has every tool (tools/buildroot/packages.txt); a host building natively may lack some: then the
# check says what it needs and is skipped, never half done.
missing=
for tool in desktop-file-validate appstreamcli groff man dpkg-shlibdeps lintian systemd-analyze cpack; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    if [ -f /.regiekamer-stamp ]; then
        echo "FAIL: the build root lacks:$missing (tools/buildroot/packages.txt)" >&2
        exit 1
    fi
    echo "SKIPPED: the package check needs:$missing (Debian: dpkg-dev lintian appstream desktop-file-utils systemd groff-base man-db)"
    exit 0
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || { echo "FAIL: no project version in $build/CMakeCache.txt" >&2; exit 1; }

# 1. The files themselves.
say "desktop entry, AppStream metainfo, man pages, icons"
desktop-file-validate resources/desktop/nl.regiekamer.Regiekamer.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net resources/desktop/nl.regiekamer.Regiekamer.metainfo.xml || fail "appstreamcli validate"
for page in resources/man/*.[18]; do
    # groff with every warning, and man as lintian runs it (80 columns): no output is the only pass.
    warnings=$( { groff -ww -z -man "$page"; LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" >/dev/null; } 2>&1)
    [ -z "$warnings" ] || fail "$page: $warnings"
    grep -q "^\.TH .* \"Regiekamer $version\"" "$page" || fail "$page: .TH does not name Regiekamer $version"
done
newest_release=$(grep -o '<release version="[^"]*"' resources/desktop/nl.regiekamer.Regiekamer.metainfo.xml | head -n 1 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] || fail "metainfo: newest release $newest_release, project version $version"
changelog_version=$(sed -n '1s/^regiekamer (\([^)-]*\)-.*/\1/p' resources/debian/changelog)
[ "$changelog_version" = "$version" ] || fail "debian/changelog: $changelog_version, project version $version"
for png in resources/icons/hicolor/*/apps/nl.regiekamer.Regiekamer.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    # PNG header: width and height are the big-endian words at bytes 16 and 20.
    actual=$(od -An -tu1 -j16 -N8 "$png" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$actual" = "$size" ] || fail "$png is $actual"
done

# 2. The packages.
say "packages"
dist=$build/dist
tools/package-inside.sh --from "$build" --output "$dist"
debs=("$dist"/regiekamer_*.deb "$dist"/regiekamer-server_*.deb)
maintainer=$(dpkg-deb -f "${debs[0]}" Maintainer)
grep -qF -- " -- $maintainer  " resources/debian/changelog || fail "debian/changelog is not signed by $maintainer"

# 3. lintian, while the packages are installed below (it takes a core for half a minute).
say "lintian (in the background)"
lintian_log=$dist/lintian.log
lintian --fail-on error --display-level '>=warning' --tag-display-limit 0 "${debs[@]}" >"$lintian_log" 2>&1 &
lintian_pid=$!

# 4. The throwaway root.
install_check() {
    if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
        echo "SKIPPED: installing into a throwaway root needs root and debootstrap (the build root has both)"
        return 0
    fi
    local cache=${REGIEKAMER_PKGCHECK_CACHE:-/var/cache/regiekamer-pkgcheck}
    local base=$cache/base-trixie recipe="debootstrap --variant=minbase trixie, 1"
    mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"
    exec 8>"$cache/base.lock"
    flock 8
    if [ "$(cat "$base/.regiekamer-pkgcheck" 2>/dev/null)" != "$recipe" ]; then
        say "making the minimal Debian 13 root once, in $base"
        local mirror
        mirror=$(host_debian_mirror) || { fail "no Debian mirror in the apt sources"; return; }
        rm -rf "$base" "$base.partial"
        debootstrap --variant=minbase trixie "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 \
            || { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap"; return; }
        rm -rf "$base.partial/var/cache/apt/archives/"*.deb
        printf '%s\n' "$recipe" >"$base.partial/.regiekamer-pkgcheck"
        mv "$base.partial" "$base"
    fi
    flock -u 8
    local run
    run=$(mktemp -d /tmp/regiekamer-pkgroot.XXXXXX)
    # A mount namespace of its own: the overlay and every mount in it vanish with this process.
    unshare --mount --propagation unchanged -- /bin/bash -s "$base" "$cache" "$run" "$version" "${debs[@]}" \
        <"$here/check-packages-root.sh" || fail "installed packages"
    rmdir "$run" 2>/dev/null || true
}
install_check

say "waiting for lintian"
lintian_status=0
wait "$lintian_pid" || lintian_status=$?
echo "lintian (errors and warnings; none of these may be an error):"
grep -v '^running with root privileges is not recommended!$' "$lintian_log" | sed 's/^/  /' || true
[ "$lintian_status" = 0 ] || fail "lintian found errors"
if [ $status = 0 ]; then
    say "packages checked"
else
    say "package check FAILED"
fi
exit $status
