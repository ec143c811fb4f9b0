#!/bin/sh
# deps.sh PKG... - the `make deps` step, run by `make run` and `make test`.
# Makes sure a C compiler exists and pkg-config finds each library (ncursesw,
# readline, cmocka).  When something is missing: as root on Debian/Ubuntu it
# installs the -dev packages with apt-get and checks again; otherwise it prints
# the exact command to run and fails.  It never installs anything else.
missing=""
if command -v pkg-config >/dev/null 2>&1; then
    for p in "$@"; do
        pkg-config --exists "$p" 2>/dev/null || missing="$missing $p"
    done
else
    missing=" $*"
fi
nocc=""
command -v cc >/dev/null 2>&1 || nocc=1
[ -z "$missing" ] && [ -z "$nocc" ] && exit 0

debs="pkg-config"
[ -n "$nocc" ] && debs="$debs build-essential"
for p in $missing; do
    case "$p" in
        ncursesw) debs="$debs libncurses-dev" ;;
        readline) debs="$debs libreadline-dev" ;;
        cmocka)   debs="$debs libcmocka-dev" ;;
        *)        echo "gocafe: do not know the Debian package for $p" >&2; exit 1 ;;
    esac
done
what="missing:${nocc:+ a C compiler (cc)}${missing:+ libraries$missing}"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gocafe: $what; installing $debs" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || { echo "gocafe: apt-get update failed" >&2; exit 1; }
    apt-get install -y -qq --no-install-recommends $debs >/dev/null ||
        { echo "gocafe: apt-get install $debs failed" >&2; exit 1; }
    for p in "$@"; do
        pkg-config --exists "$p" ||
            { echo "gocafe: pkg-config still cannot find $p after installing" >&2; exit 1; }
    done
    exit 0
fi
echo "gocafe: $what" >&2
if command -v apt-get >/dev/null 2>&1; then
    echo "run:  sudo apt-get install -y $debs" >&2
else
    echo "install the development files of:${missing}${nocc:+ and a C compiler}" >&2
    echo "(on Debian/Ubuntu: sudo apt-get install -y $debs)" >&2
fi
exit 1
