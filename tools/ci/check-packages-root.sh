#!/bin/bash
# Part of tools/ci/check-packages.sh, run by it in a mount namespace of its own (every mount here vanishes with it):
# installs the packages into a throwaway Debian 13 root and checks them there.
# Arguments: BASE_ROOT CACHE_DIR RUN_DIR VERSION DEB...
set -euo pipefail
base=$1 cache=$2 run=$3 version=$4
shift 4
debs=("$@")
started=$(date +%s)
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
say() { echo "-- $* ($(( $(date +%s) - started )) s in the throwaway root)"; }

# The root: the minimal one below, the changes in memory above; apt's lists and downloads are kept across runs.
mount -t tmpfs -o size=6g,mode=0755 regiekamer-pkgroot "$run"
mkdir "$run/upper" "$run/work" "$run/root"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$run/root"
r=$run/root
mount --bind "$cache/apt-archives" "$r/var/cache/apt/archives"
mount --bind "$cache/apt-lists" "$r/var/lib/apt/lists"
mount -t proc proc "$r/proc"
mount --rbind /dev "$r/dev"
cp -L /etc/resolv.conf "$r/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d" # no service starts in here
chmod 755 "$r/usr/sbin/policy-rc.d"
mkdir -p "$r/tmp/debs"
cp "${debs[@]}" "$r/tmp/debs/"
in_root() { chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }
apt_options=(-q -y -o Dpkg::Options::=--force-unsafe-io -o APT::Keep-Downloaded-Packages=true -o Dpkg::Use-Pty=0)
desktop_deb=/tmp/debs/$(basename "${debs[0]}")
server_deb=/tmp/debs/$(basename "${debs[1]}")

say "apt-get install ./$(basename "$desktop_deb") ./$(basename "$server_deb")"
# One apt at a time on the shared lists and downloads (another checkout may be checking its packages).
if ! (
    flock 9
    in_root apt-get "${apt_options[@]}" update >"$run/apt-update.log" 2>&1 || { cat "$run/apt-update.log"; exit 1; }
    in_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install --no-install-recommends \
        "$desktop_deb" "$server_deb" >"$run/apt-install.log" 2>&1 || { cat "$run/apt-install.log"; exit 1; }
) 9>"$cache/apt.lock"; then
    fail "apt-get install"
    exit 1
fi
grep -E '^(Need to get|[0-9]+ upgraded)' "$run/apt-install.log" | sed 's/^/   /'
grep -E '^regiekamer-server: ' "$run/apt-install.log" | sed 's/^/   postinst: /' || true

say "--version of the installed programs"
for program in regiekamer regiekamer-server regiekamer-admin; do
    # env -i: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    out=$(in_root "/usr/bin/$program" --version 2>&1) || fail "$program --version exited with $?: $out"
    [ "$out" = "$program $version" ] && echo "   /usr/bin/$program --version: $out" \
        || fail "$program --version printed '$out', expected '$program $version'"
done

say "user, data directory, master key"
passwd=$(in_root getent passwd regiekamer) || fail "no user regiekamer"
case "$passwd" in regiekamer:x:*:*:*:/var/lib/regiekamer:/usr/sbin/nologin) ;; *) fail "user regiekamer: $passwd" ;; esac
expect_stat() { # PATH "OWNER:GROUP MODE"
    local actual
    actual=$(in_root stat -c '%U:%G %a' "$1" 2>&1)
    [ "$actual" = "$2" ] && echo "   $1: $actual" || fail "$1: $actual, expected $2"
}
expect_stat /var/lib/regiekamer "regiekamer:regiekamer 700"
expect_stat /etc/regiekamer "root:root 700"
expect_stat /etc/regiekamer/master.key "root:root 600"
grep -qE '^1 [A-Za-z0-9+/]{43}=$' "$r/etc/regiekamer/master.key" || fail "master.key holds no version-1 key"
[ -f "$r/etc/default/regiekamer-server" ] || fail "no /etc/default/regiekamer-server"
[ ! -e "$r/etc/systemd/system/multi-user.target.wants/regiekamer-server.service" ] \
    || fail "the service was enabled on installation (it must wait for its listen address)"

say "systemd-analyze verify and security of the installed unit"
unit=regiekamer-server.service
# Documentation= names man pages: verify's man check runs man, which the throwaway root lacks (they are checked above).
if out=$(systemd-analyze verify --root="$r" --man=no "$unit" 2>&1) && [ -z "$out" ]; then
    echo "   systemd-analyze verify: clean"
else
    fail "systemd-analyze verify: $out"
fi
# Exposure 0.0 (locked down) to 10.0; the threshold (in tenths) fails the check when the hardening slips.
security=$(systemd-analyze security --offline=true --root="$r" --threshold=15 --no-pager "$unit" 2>&1) \
    || fail "systemd-analyze security: exposure above 1.5"
grep -v '^✓' <<<"$security" | sed 's/^/   /'

say "the server, started as its user with the master key as a credential"
uid=$(in_root id -u regiekamer)
gid=$(in_root id -g regiekamer)
credentials=/run/credentials/$unit
mkdir -p "$r$credentials"
install -m 0400 -o "$uid" -g "$gid" "$r/etc/regiekamer/master.key" "$r$credentials/master.key"
chown "$uid:$gid" "$r$credentials"
chmod 0500 "$r$credentials"
# Its own network namespace with only loopback: no port clashes with tests running beside it.
unshare --net -- /bin/bash -s "$r" "$uid" "$gid" "$credentials" "$run/server.log" >"$run/server.log" 2>&1 <<'SERVER' || true
set -u
r=$1 uid=$2 gid=$3 credentials=$4 log=$5
ip link set lo up
chroot "$r" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 QT_ENABLE_REGEXP_JIT=0 \
    setpriv --reuid="$uid" --regid="$gid" --init-groups --no-new-privs \
    /usr/bin/regiekamer-server --data-dir /var/lib/regiekamer --listen 127.0.0.1:8443 \
    --master-key "$credentials/master.key" &
pid=$!
for _ in $(seq 1 300); do
    grep -q 'listening on https://127.0.0.1:8443' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -TERM "$pid" 2>/dev/null
wait "$pid"
echo "exit status $?"
SERVER
if grep -q 'listening on https://127.0.0.1:8443' "$run/server.log" && grep -q 'Regiekamer server stopped' "$run/server.log" \
    && grep -q '^exit status 0$' "$run/server.log"; then
    grep -E 'listening|stopped|exit status' "$run/server.log" | sed 's/^/   /'
else
    fail "the installed server did not start and stop cleanly:"
    sed 's/^/   /' "$run/server.log" >&2
fi

say "regiekamer-admin as root keeps the data directory the service user's"
if out=$(in_root env USER=root regiekamer-admin --data-dir /var/lib/regiekamer --master-key /etc/regiekamer/master.key \
    keys status 2>&1); then
    echo "   regiekamer-admin keys status: $(grep -c . <<<"$out") lines"
else
    fail "regiekamer-admin keys status: $out"
fi
foreign=$(in_root find /var/lib/regiekamer ! -user regiekamer)
[ -z "$foreign" ] || fail "files in /var/lib/regiekamer not owned by regiekamer: $foreign"

say "the desktop app, offscreen"
mkdir -p "$r/tmp/home" "$r/tmp/runtime"
chmod 0700 "$r/tmp/runtime"
if out=$(timeout 60 chroot "$r" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp/home \
    XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=offscreen REGIEKAMER_BENCH_STARTUP=1 /usr/bin/regiekamer 2>&1) \
    && grep -q '^startup-ms: ' <<<"$out"; then
    echo "   /usr/bin/regiekamer: sign-in window shown, $(grep '^startup-ms: ' <<<"$out")"
else
    fail "the installed desktop app did not start: $out"
fi

say "upgrade (the same version again) and purge keep the data and the master key"
key_before=$(sha256sum "$r/etc/regiekamer/master.key")
in_root env DEBIAN_FRONTEND=noninteractive dpkg --force-unsafe-io -i "$server_deb" >"$run/upgrade.log" 2>&1 \
    || { cat "$run/upgrade.log"; fail "dpkg -i over the installed package"; }
[ "$(sha256sum "$r/etc/regiekamer/master.key")" = "$key_before" ] || fail "the master key changed on upgrade"
in_root env DEBIAN_FRONTEND=noninteractive dpkg --force-unsafe-io --purge regiekamer-server >"$run/purge.log" 2>&1 \
    || { cat "$run/purge.log"; fail "dpkg --purge"; }
[ "$(sha256sum "$r/etc/regiekamer/master.key" 2>&1)" = "$key_before" ] || fail "purge removed the master key"
[ -f "$r/var/lib/regiekamer/regiekamer.sqlite" ] || fail "purge removed the database"
[ ! -e "$r/usr/bin/regiekamer-server" ] && [ ! -e "$r/etc/default/regiekamer-server" ] || fail "purge left files"

say "throwaway root done"
umount -R "$r" 2>/dev/null || true
exit $status
