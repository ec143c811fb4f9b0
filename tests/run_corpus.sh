#!/usr/bin/env bash
# run_corpus.sh GOCAFE DIR [NAME ...] - run every DIR/NAME.go (default: all) as
# `cd DIR && GOCAFE run NAME.go` and compare with the goldens NAME.out (stdout,
# exact), NAME.err (stderr, both sides through tests/normalize.sh) and NAME.code
# (exit status).  Prints each failure with a short diff and, last, one line
# "corpus: P/N passed".  Exit status 0 iff every case passed.
#
# Two additions for the concurrency programs (see tests/go/README.md):
#  - NAME.out.alt1, NAME.out.alt2, ...: other stdouts real Go may print (a
#    verbatim program whose select sees two ready cases); stdout passes when
#    it equals NAME.out or any alternate.
#  - gocafe's own leak report: lines starting "gocafe:" on stderr (leaked
#    goroutines, written after main returns) are removed before stderr is
#    compared with NAME.err (Go's) and compared, exactly, with NAME.leaks
#    when it exists; without NAME.leaks any "gocafe:" line fails the case.
# Environment: CORPUS_TIMEOUT (seconds per program, default 10),
#              CORPUS_DIFF_LINES (lines of diff shown per stream, default 12).
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_corpus.sh GOCAFE DIR [NAME ...]}
dir=${2:?usage: run_corpus.sh GOCAFE DIR [NAME ...]}
shift 2
timeout_s=${CORPUS_TIMEOUT:-10}
difflines=${CORPUS_DIFF_LINES:-12}
case "$gocafe" in /*) ;; *) gocafe="$PWD/$gocafe" ;; esac
cd "$dir" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"   # stdin of every program (not /dev/null: see gen_goldens.sh)

if [ $# -eq 0 ]; then set -- *.go; fi
if [ ! -x "$gocafe" ]; then
    echo "FAIL all $# cases: $gocafe is missing or not executable (build it: make gocafe)"
    echo "corpus: 0/$# passed"
    exit 1
fi

showdiff() { # showdiff LABEL WANT GOT
    echo "  --- $1 (want / got)"
    diff -u "$2" "$3" | tail -n +3 | head -n "$difflines" | sed 's/^/  /'
}

pass=0 total=0
for f in "$@"; do
    name=$(basename "$f" .go)
    total=$((total + 1))
    if [ ! -f "$name.out" ] || [ ! -f "$name.err" ] || [ ! -f "$name.code" ]; then
        echo "FAIL $name: golden missing (run tests/gen_goldens.sh $name.go)"
        continue
    fi
    timeout -k 2 "$timeout_s" "$gocafe" run "$name.go" <"$tmp/empty" >"$tmp/out" 2>"$tmp/err.raw"
    code=$?
    want_code=$(tr -d ' \n' <"$name.code")
    # gocafe: lines name "at FILE:LINE"; drop FILE's directory (as normalize.sh
    # does on frame lines) so NAME.leaks holds no machine path.
    grep '^gocafe:' "$tmp/err.raw" | sed -E 's#( at )[^ ]*/([^/ ]+\.go:[0-9]+)#\1\2#' >"$tmp/leaks"
    grep -v '^gocafe:' "$tmp/err.raw" | sh "$here/normalize.sh" >"$tmp/err"
    sh "$here/normalize.sh" <"$name.err" >"$tmp/want.err"
    bad=""
    outok=0
    for want in "$name.out" "$name".out.alt*; do
        [ -f "$want" ] && cmp -s "$want" "$tmp/out" && { outok=1; break; }
    done
    [ $outok = 1 ] || bad="$bad stdout"
    cmp -s "$tmp/want.err" "$tmp/err" || bad="$bad stderr"
    if [ -f "$name.leaks" ]; then
        cmp -s "$name.leaks" "$tmp/leaks" || bad="$bad leaks"
    elif [ -s "$tmp/leaks" ]; then
        bad="$bad leaks"
    fi
    [ "$code" = "$want_code" ] || bad="$bad exit"
    if [ -z "$bad" ]; then
        pass=$((pass + 1))
        continue
    fi
    what="differs in$bad"
    [ "$code" = 124 ] && what="$what (timed out after ${timeout_s}s)"
    [ "$code" -gt 128 ] 2>/dev/null && [ "$code" != "$want_code" ] && what="$what (killed by signal $((code - 128)))"
    echo "FAIL $name: $what"
    # A sanitizer report (make sanitize) matters more than the diff: show it first.
    if grep -qE 'ERROR: (Address|Leak)Sanitizer|\.[ch]:[0-9]+:[0-9]+: runtime error:' "$tmp/err.raw"; then
        echo "  --- sanitizer report (first lines)"
        grep -E -A 12 'ERROR: (Address|Leak)Sanitizer|\.[ch]:[0-9]+:[0-9]+: runtime error:' "$tmp/err.raw" |
            head -n 14 | sed 's/^/  /'
    fi
    case "$bad" in *stdout*) showdiff stdout "$name.out" "$tmp/out" ;; esac
    case "$bad" in *stderr*) showdiff stderr "$tmp/want.err" "$tmp/err" ;; esac
    case "$bad" in *leaks*)
        if [ -f "$name.leaks" ]; then showdiff "gocafe: lines, $name.leaks" "$name.leaks" "$tmp/leaks"
        else echo "  --- gocafe: lines but no $name.leaks (a leak nobody expected)"; head -n "$difflines" "$tmp/leaks" | sed 's/^/  /'; fi ;;
    esac
    case "$bad" in *exit*) echo "  --- exit status: want $want_code, got $code" ;; esac
done
echo "corpus: $pass/$total passed"
[ "$pass" = "$total" ]
