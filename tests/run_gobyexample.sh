#!/usr/bin/env bash
# run_gobyexample.sh GOCAFE DIR - fidelity on the Go by Example programs
# (gobyexample.com).  DIR holds the chosen examples as DIR/NAME.go, fetched by
# hand (they are NOT copied into this repository).  Each program runs in gocafe
# (`cd DIR && GOCAFE run NAME.go`) and, built with real Go (`go`, Go 1.19 here),
# with GOMAXPROCS=1; stdout and the exit status are compared (stderr is not:
# gocafe's leak lines and Go's addresses differ there by design).
#
# Categories, one line per program:
#   match           stdout and exit status agree
#   DIFF            they differ (the first differing line is shown)
#   timing-dependent  the output depends on wall-clock time or random numbers:
#                   the source calls time.Now/time.Since/math/rand, or two runs
#                   of real Go print different stdouts.  Not compared; the line
#                   says whether gocafe at least ran it (exit status 0).
#   no-reference    Go 1.19 cannot build it (Go 1.21+ features: slices, iter,
#                   WaitGroup.Go...) and there is no DIR/NAME.want;
#                   gocafe's status is shown.  A hand-checked DIR/NAME.want
#                   (expected stdout; exit status 0 unless DIR/NAME.wantcode)
#                   is used as the reference instead when present.
# Range over an integer (Go 1.22) is the one feature rewritten for Go 1.19:
# `for i := range N {` becomes `for i := 0; i < N; i++ {` (and `for range N`
# likewise) in the copy Go builds, which means the same for these programs
# (no closure captures the loop variable; the line says "rewritten").
# Real Go runs several times (20 when a run takes under a second, else 3;
# GBE_RUNS overrides): differing stdouts mean the output depends on timing
# or randomness (map order, same-instant timers).
# Hex addresses (0x followed by 6+ hex digits, e.g. from %p) are replaced by
# 0xADDR on both sides before comparing: gocafe's addresses are fake by design.
# Prints `gobyexample: P/N match` (N = programs compared, i.e. not
# timing-dependent and with a reference).  A measurement, not part of make test.
# Exit status 0 iff P = N.  GBE_TIMEOUT (default 20) seconds per run.
set -u
gocafe=${1:?usage: run_gobyexample.sh GOCAFE DIR}
dir=${2:?usage: run_gobyexample.sh GOCAFE DIR}
case "$gocafe" in /*) ;; *) gocafe="$PWD/$gocafe" ;; esac
dir=$(cd "$dir" && pwd)
command -v go >/dev/null 2>&1 || { echo "gobyexample: skipped (go is not installed)"; exit 0; }
timeout_s=${GBE_TIMEOUT:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"
export GOFLAGS= GO111MODULE=off CGO_ENABLED=0 GOMAXPROCS=1

norm() { sed -E 's/0x[0-9a-f]{6,}/0xADDR/g' "$1"; }

# first_diff WANT GOT: "line N: want `..` got `..`" for the first differing line.
first_diff() {
    diff <(norm "$1") <(norm "$2") | head -n 4 | tr '\n' ' ' | cut -c1-200
}

p=0 n=0 timing=0 noref=0
for f in "$dir"/*.go; do
    name=$(basename "$f" .go)
    # gocafe
    (cd "$dir" && timeout -k 2 "$timeout_s" "$gocafe" run "$name.go" <"$tmp/empty" >"$tmp/c.out" 2>"$tmp/c.err")
    ccode=$?
    cwhy=$(grep -v -e '^gocafe: ' -e '^$' -e '^# command-line-arguments$' "$tmp/c.err" | head -n 1 | cut -c1-150)
    [ $ccode = 124 ] && cwhy="timed out after ${timeout_s}s"
    gstate="gocafe exit $ccode${cwhy:+: $cwhy}"
    # real Go
    mkdir -p "$tmp/b" && rm -f "$tmp/b/"*
    cp "$f" "$tmp/b/main.go"
    ref="Go 1.19"
    built=0
    if (cd "$tmp/b" && go build -o prog main.go) >"$tmp/g.build" 2>&1; then
        built=1
    elif grep -q 'cannot range over [0-9a-zA-Z_]* (.*int' "$tmp/g.build"; then
        # only the lines Go 1.19 rejects (a range over a map stays as it is)
        script=$(sed -nE 's/^\.?\/?main\.go:([0-9]+):[0-9]+: cannot range over [0-9a-zA-Z_]+ \(.*int.*/\1/p' "$tmp/g.build" |
            while read -r l; do
                printf '%ss/for ([a-zA-Z_][a-zA-Z_0-9]*) := range ([0-9a-zA-Z_]+) \\{/for \\1 := 0; \\1 < \\2; \\1++ {/\n' "$l"
                printf '%ss/for range ([0-9a-zA-Z_]+) \\{/for range_i := 0; range_i < \\1; range_i++ {/\n' "$l"
            done)
        sed -E -e "$script" "$f" >"$tmp/b/main.go"
        if (cd "$tmp/b" && go build -o prog main.go) >"$tmp/g.build" 2>&1; then
            built=1
            ref="Go 1.19, range over int rewritten"
        fi
    fi
    if [ $built = 1 ]; then
        t0=$(date +%s%N)
        (cd "$tmp/b" && timeout -k 2 "$timeout_s" ./prog <"$tmp/empty" >"$tmp/g.out" 2>"$tmp/g.err")
        gcode=$?
        runs=3
        [ $(( $(date +%s%N) - t0 )) -lt 1000000000 ] && runs=20
        varies=0
        for _ in $(seq 2 "${GBE_RUNS:-$runs}"); do
            (cd "$tmp/b" && timeout -k 2 "$timeout_s" ./prog <"$tmp/empty" >"$tmp/g2.out" 2>/dev/null)
            cmp -s "$tmp/g.out" "$tmp/g2.out" || { varies=1; break; }
        done
        if grep -qE 'time\.(Now|Since)\(|"math/rand' "$f" || [ $varies = 1 ]; then
            timing=$((timing + 1))
            echo "timing-dependent $name ($gstate)"
            continue
        fi
    elif [ -f "$dir/$name.want" ]; then
        cp "$dir/$name.want" "$tmp/g.out"
        gcode=0
        [ -f "$dir/$name.wantcode" ] && gcode=$(cat "$dir/$name.wantcode")
        ref="hand-checked $name.want"
        if grep -qE 'time\.(Now|Since)\(|"math/rand' "$f"; then
            timing=$((timing + 1))
            echo "timing-dependent $name ($gstate)"
            continue
        fi
    else
        why=$(grep -m1 -E '\.go:[0-9]+' "$tmp/g.build" | sed 's#^[^ ]*/##' | cut -c1-120)
        noref=$((noref + 1))
        echo "no-reference $name (Go 1.19: $why; $gstate)"
        continue
    fi
    n=$((n + 1))
    if [ "$ccode" = "$gcode" ] && cmp -s <(norm "$tmp/g.out") <(norm "$tmp/c.out"); then
        p=$((p + 1))
        case "$ref" in Go\ 1.19) echo "match $name" ;; *) echo "match $name (vs $ref)" ;; esac
    else
        echo "DIFF $name (vs $ref; exit go $gcode gocafe $ccode${cwhy:+: $cwhy}) $(first_diff "$tmp/g.out" "$tmp/c.out")"
    fi
done
echo "gobyexample: $timing timing-dependent, $noref without a reference (not compared)"
echo "gobyexample: $p/$n match"
[ "$p" = "$n" ]
