#!/usr/bin/env bash
# run_gotests.sh [GOCAFE [DIR ...]] - fidelity on programs nobody here wrote: Go's
# own self-checking tests in $(go env GOROOT)/test/chan, test/ken and
# test/typeparam (default DIRs).  Only the "// run" tests (first line "// run", no arguments or build
# tags) are used: each exits 0 on success and prints nothing, or prints exactly
# its NAME.out file (stdout and stderr together, as Go's test/run.go compares:
# some print with the builtin print, which writes to stderr).  Each runs as `cd DIR && GOCAFE run NAME.go` (the files are
# NOT copied into this repository) with GOTESTS_TIMEOUT seconds (default 10).
# Prints FAIL lines with the first line of stderr (the reason), then one line
# per directory "gotests DIR: P/N passed" and a total.  Skips cleanly (exit 0)
# when Go is not installed; otherwise exit status 0 iff everything passed.
set -u
gocafe=${1:-./gocafe}           # default: the binary `make` builds
[ $# -gt 0 ] && shift
case "$gocafe" in /*) ;; *) gocafe="$PWD/$gocafe" ;; esac
if ! command -v go >/dev/null 2>&1; then
    echo "gotests: skipped (go is not installed)"
    exit 0
fi
root=$(go env GOROOT)/test
[ $# -eq 0 ] && set -- chan ken typeparam
timeout_s=${GOTESTS_TIMEOUT:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"
allp=0 alln=0 status=0
for d in "$@"; do
    dir=$root/$d
    [ -d "$dir" ] || { echo "gotests: no directory $dir"; status=1; continue; }
    p=0 n=0
    for f in "$dir"/*.go; do
        [ "$(head -n 1 "$f")" = "// run" ] || continue
        name=$(basename "$f" .go)
        n=$((n + 1))
        (cd "$dir" && timeout -k 2 "$timeout_s" "$gocafe" run "$name.go" <"$tmp/empty" >"$tmp/out" 2>&1)
        code=$?
        # gocafe's own leak report ("gocafe:" lines after main returns) is not
        # part of the program's output: Go prints nothing there.  (sed, not
        # grep -v: grep would add a newline to output whose last line has none.)
        sed '/^gocafe: .*leaked/d' "$tmp/out" >"$tmp/out2"; mv "$tmp/out2" "$tmp/out"
        want=$tmp/empty
        [ -f "$dir/$name.out" ] && want=$dir/$name.out
        if [ $code = 0 ] && cmp -s "$want" "$tmp/out"; then
            p=$((p + 1))
            continue
        fi
        why=$(grep -v -e '^$' -e '^# command-line-arguments$' "$tmp/out" | head -n 1 | cut -c1-150)
        [ $code = 124 ] && why="timed out after ${timeout_s}s; $why"
        [ $code = 0 ] && why="wrong output"
        echo "FAIL $d/$name (exit $code): $why"
    done
    echo "gotests $d: $p/$n passed"
    allp=$((allp + p)); alln=$((alln + n))
    [ $p = $n ] || status=1
done
echo "gotests: $allp/$alln passed"
exit $status
