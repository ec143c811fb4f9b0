#!/usr/bin/env bash
# run_corpus.sh GOCAFE DIR [NAME ...] - run every DIR/NAME.go (default: all) as
# `cd DIR && GOCAFE run NAME.go` and compare with the goldens NAME.out (stdout,
# exact), NAME.err (stderr, both sides through tests/normalize.sh) and NAME.code
# (exit status).  Prints each failure with a short diff and, last, one line
# "corpus: P/N passed".  Exit status 0 iff every case passed.
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
    sh "$here/normalize.sh" <"$tmp/err.raw" >"$tmp/err"
    sh "$here/normalize.sh" <"$name.err" >"$tmp/want.err"
    bad=""
    cmp -s "$name.out" "$tmp/out" || bad="$bad stdout"
    cmp -s "$tmp/want.err" "$tmp/err" || bad="$bad stderr"
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
    case "$bad" in *exit*) echo "  --- exit status: want $want_code, got $code" ;; esac
done
echo "corpus: $pass/$total passed"
[ "$pass" = "$total" ]
