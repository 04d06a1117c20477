# Shared by the build-root scripts. Sourced, not executed.
# The Debian 13 root lives outside the checkout and is reused; its stamp records the package list it was made from.

buildroot_dir() {
    printf '%s\n' "${REGIEKAMER_BUILDROOT:-/var/cache/regiekamer/buildroot-trixie}"
}

buildroot_packages() {
    grep -v -e '^#' -e '^[[:space:]]*$' "$(dirname "${BASH_SOURCE[0]}")/packages.txt" | tr '\n' ' '
}

buildroot_stamp() {
    buildroot_packages | sha256sum | cut -c1-16
}

# The host's Debian mirror, read from its apt sources at run time (never written into the repository).
host_debian_mirror() {
    local uri
    uri=$(grep -h -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v -- '-security' | head -n 1)
    if [ -z "$uri" ]; then
        uri=$(grep -h -E '^deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | grep -v -- '-security' | awk '{for (i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' | head -n 1)
    fi
    [ -n "$uri" ] || return 1
    printf '%s\n' "$uri"
}

# True when the host itself has Qt >= 6.8 with QCA for Qt 6, so no root is needed.
host_builds_natively() {
    [ "${REGIEKAMER_FORCE_BUILDROOT:-0}" = 1 ] && return 1
    command -v cmake >/dev/null || return 1
    local qtver
    qtver=$(qtpaths6 --qt-query QT_VERSION 2>/dev/null || true)
    case "$qtver" in 6.[89]*|6.1[0-9]*) ;; *) return 1 ;; esac
    ls /usr/lib/*/cmake/Qca-qt6/Qca-qt6Config.cmake >/dev/null 2>&1 || return 1
    for module in HttpServer WebSockets Sql Network Widgets Test LinguistTools; do
        ls /usr/lib/*/cmake/Qt6"$module"/Qt6"$module"Config.cmake >/dev/null 2>&1 || return 1
    done
}
