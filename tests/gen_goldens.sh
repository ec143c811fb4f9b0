#!/usr/bin/env bash
# gen_goldens.sh [NAME.go ...] - (re)generate the goldens of the corpus tests/go
# with REAL Go (Go 1.19, `go` on PATH).  Default: every tests/go/*.go.
#
# For each NAME.go (run inside tests/go, so diagnostics say ./NAME.go):
#   go build -gcflags=-l -o TMP/bin NAME.go
#     fails -> NAME.err = go build's stderr (rewritten to current Go's words, see
#              rewrite_diags below), NAME.out empty, NAME.code = go build's status (2)
#     ok    -> run TMP/bin with an empty stdin: NAME.out = stdout,
#              NAME.err = stderr through tests/normalize.sh, NAME.code = exit status
# -gcflags=-l turns off inlining in package main: an inlined Go frame prints
# "main.f(...)" even when f has no parameters, which no interpreter can predict;
# without inlining every frame prints "main.f()" or its hex argument words, which
# normalize.sh turns into "main.f(...)".  Nothing else in the output changes.
#
# The binary runs with GOMAXPROCS=1: the corpus holds only programs whose output
# real Go fixes (synchronised by channels, WaitGroups, sleep-ordered timelines
# with 100ms gaps), and one P also fixes the few documented scheduler orders
# (runnext, Gosched) that gocafe models; it also makes goroutine ids sequential.
# Every program runs TWICE and both runs must agree (stdout, stderr, status):
# a difference means the program is nondeterministic and it is rejected.
# Exception, MULTI_OUTCOME below: programs that must stay verbatim (the
# article's) although real Go may print one of several outputs; they run
# MULTI_RUNS times and every distinct stdout is stored, NAME.out and
# NAME.out.alt1, NAME.out.alt2, ... (run_corpus.sh accepts any one of them).
#
# Runtime stderr is rewritten from Go 1.19's wait reasons to current Go's
# (rewrite_waits below, checked against src/runtime/runtime2.go
# waitReasonStrings of current Go: waitReasonSyncWaitGroupWait
# "sync.WaitGroup.Wait", waitReasonSyncMutexLock "sync.Mutex.Lock",
# waitReasonSyncRWMutexLock "sync.RWMutex.Lock", waitReasonSyncRWMutexRLock
# "sync.RWMutex.RLock"; Go 1.19 says "semacquire" for all four).  Only the
# header word changes; the frames below it stay Go 1.19's, like every other
# runtime frame in the goldens (current Go shows sync.runtime_SemacquireWaitGroup
# and internal/sync.(*Mutex).lockSlow there instead).
# Also current Go (1.21+) names the creator's goroutine: "created by main.main"
# -> "created by main.main in goroutine 1" (runtime/traceback.go printcreatedby);
# only main.main is rewritten, it always runs in goroutine 1 (a goroutine created
# by another goroutine keeps Go 1.19's line: its creator's id is not printed).
#
# Programs whose first line is "// golden: hand-written (...)" are skipped: they
# use Go 1.22+ semantics (range over int, min/max/clear, per-iteration loop
# variables) that Go 1.19 lacks, and their goldens are written by hand.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/go"
command -v go >/dev/null 2>&1 || { echo "gen_goldens: 'go' not found (apt-get install golang-go)" >&2; exit 1; }
[ -c /dev/null ] || { echo "gen_goldens: /dev/null is not a character device; fix the machine first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"   # the programs' stdin; /dev/null has been seen vanishing on shared machines
export GOFLAGS= GO111MODULE=off CGO_ENABLED=0

# rewrite_diags: Go 1.19's compiler words some diagnostics differently from
# current Go (the version gocafe follows; the texts were checked against the
# cmd/compile/internal/syntax and types2 sources of current Go).  Each rule:
#  R1 "x declared but not used"            -> "declared and not used: x"           (Go 1.20)
#  R2 `imported and not used: "os"`        -> `"os" imported and not used`         (Go 1.20)
#     `imported and not used: "os" as o`   -> `"os" imported as o and not used`
#  R3 syntax errors "..., expecting X"     -> "..., expected X"
#  R3b syntax errors "unexpected else"     -> "unexpected keyword else" (any Go keyword)
#  R3c syntax errors "unexpected int"      -> "unexpected name int" (any identifier)
#  R4 "cannot use V as type T in CTX:" + "\tREASON" (two lines)
#                                          -> "cannot use V as T value in CTX: REASON"
#     "cannot use V as type T in CTX"      -> "cannot use V as T value in CTX"     (Go 1.20)
#  R5 reasons: "(missing M method)"        -> "(missing method M)",
#     "(M method has pointer receiver)"    -> "(method M has pointer receiver)",
#     "(wrong type for M method)"          -> "(wrong type for method M)"          (Go 1.20)
rewrite_diags() {
    perl -e '
    sub reason { my $s = shift;
        $s =~ s/\(missing (\w+) method\)/(missing method $1)/g;
        $s =~ s/\((\w+) method has pointer receiver\)/(method $1 has pointer receiver)/g;
        $s =~ s/\(wrong type for (\w+) method\)/(wrong type for method $1)/g;
        return $s; }
    my @l = <STDIN>; chomp @l;
    for (my $i = 0; $i < @l; $i++) {
        my $x = $l[$i];
        $x =~ s/^(\.\/[^:]+:\d+:\d+: )(\w+) declared but not used$/$1declared and not used: $2/;        # R1
        $x =~ s/^(\.\/[^:]+:\d+:\d+: )imported and not used: ("[^"]+") as (\w+)$/$1$2 imported as $3 and not used/; # R2
        $x =~ s/^(\.\/[^:]+:\d+:\d+: )imported and not used: ("[^"]+")$/$1$2 imported and not used/;   # R2
        $x =~ s/, expecting /, expected /g if $x =~ /: syntax error: /;                              # R3
        $x =~ s/(: syntax error: unexpected )(break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var)(,| |$)/$1keyword $2$3/; # R3b
        $x =~ s/(: syntax error: unexpected )(?!(?:newline|EOF|semicolon|comma|literal|name|keyword)\b)([A-Za-z_]\w*)/$1name $2/; # R3c
        if ($x =~ /: cannot use .* as type .* in [^:]*:$/ && $i + 1 < @l && $l[$i+1] =~ /^\t(.*)$/) { # R4
            my $r = $1; $i++;
            $x =~ s/ as type (.*) in ([^:]*):$/ as $1 value in $2/;
            $x .= ": " . $r;
        } elsif ($x =~ /: cannot use .* as type .* in [^:]*$/) {
            $x =~ s/ as type (.*) in ([^:]*)$/ as $1 value in $2/;
        }
        print reason($x), "\n";                                                                      # R5
    }'
}

# MULTI_OUTCOME: verbatim programs with several possible outputs in real Go.
#  article_worker: at 800ms main's Sleep and the worker's 200ms Sleep expire
#  together; the worker's select then sees ctx.Done() and job-4 both ready and
#  picks either ("Worker shutting down" or "Processing: job-4").
MULTI_OUTCOME=" article_worker "
MULTI_RUNS=${MULTI_RUNS:-60}

# rewrite_waits: Go 1.19 -> current Go wait reasons in goroutine headers (see
# the top of this file).  The header is followed by the blocking frames; the
# first sync frame names the primitive.
rewrite_waits() {
    perl -e '
    my @l = <STDIN>;
    for (my $i = 0; $i < @l; $i++) {
        next unless $l[$i] =~ /^goroutine \d+ \[semacquire(?:, [^\]]*)?\]:$/;
        my $w;
        for (my $j = $i + 1; $j < @l && $l[$j] !~ /^$/; $j++) {
            if ($l[$j] =~ /^sync\.\(\*WaitGroup\)\.Wait\(/) { $w = "sync.WaitGroup.Wait"; last }
            if ($l[$j] =~ /^sync\.\(\*RWMutex\)\.RLock\(/) { $w = "sync.RWMutex.RLock"; last }
            if ($l[$j] =~ /^sync\.\(\*RWMutex\)\.Lock\(/) { $w = "sync.RWMutex.Lock"; last }
            if ($l[$j] =~ /^sync\.\(\*Mutex\)\.Lock\(/) { $w = "sync.Mutex.Lock"; last }
        }
        $l[$i] =~ s/\[semacquire/[$w/ if defined $w;
    }
    s/^created by main\.main$/created by main.main in goroutine 1/ for @l;
    print @l;'
}

# run_once BIN OUT ERR -> status; GOMAXPROCS=1 (see the top of this file)
run_once() {
    local c
    set +e
    GOMAXPROCS=1 timeout 10 "$1" <"$tmp/empty" >"$2" 2>"$3.raw"
    c=$?
    set -e
    sh "$here/normalize.sh" <"$3.raw" | rewrite_waits >"$3"
    return $c
}

if [ $# -eq 0 ]; then set -- *.go; fi
n=0
for f in "$@"; do
    f=$(basename "$f")
    name=${f%.go}
    [ -f "$f" ] || { echo "gen_goldens: no such program tests/go/$f" >&2; exit 1; }
    first=$(head -n 1 "$f")
    case "$first" in
    "// golden: hand-written"*)
        echo "skip  $name (hand-written golden)"
        continue ;;
    esac
    [ -c /dev/null ] || { echo "gen_goldens: /dev/null vanished (not a character device); stopping" >&2; exit 1; }
    rm -f "$tmp/bin"
    if go build -gcflags=-l -o "$tmp/bin" "$f" 2>"$tmp/build.err"; then
        code=0; run_once "$tmp/bin" "$tmp/run.out" "$tmp/norm.err" || code=$?
        [ "$code" = 124 ] && echo "gen_goldens: $name timed out" >&2
        rm -f "$name".out.alt*
        case "$MULTI_OUTCOME" in
        *" $name "*)
            # Several outcomes: collect every distinct stdout over MULTI_RUNS
            # runs; stderr and status must still be stable.
            mkdir -p "$tmp/outs"; rm -f "$tmp"/outs/*
            for ((r = 0; r < MULTI_RUNS; r++)); do
                c2=0; run_once "$tmp/bin" "$tmp/run2.out" "$tmp/norm2.err" || c2=$?
                if [ "$c2" != "$code" ] || ! cmp -s "$tmp/norm.err" "$tmp/norm2.err"; then
                    echo "gen_goldens: $name: stderr or status differs between runs" >&2; exit 1
                fi
                cp "$tmp/run2.out" "$tmp/outs/$(md5sum <"$tmp/run2.out" | cut -c1-32)"
            done
            k=0
            for o in $(ls "$tmp/outs" | sort); do
                if [ $k = 0 ]; then cp "$tmp/outs/$o" "$name.out"; else cp "$tmp/outs/$o" "$name.out.alt$k"; fi
                k=$((k + 1))
            done
            echo "multi $name -> $k outcome(s) in $MULTI_RUNS runs" ;;
        *)
            c2=0; run_once "$tmp/bin" "$tmp/run2.out" "$tmp/norm2.err" || c2=$?
            if [ "$c2" != "$code" ] || ! cmp -s "$tmp/run.out" "$tmp/run2.out" || ! cmp -s "$tmp/norm.err" "$tmp/norm2.err"; then
                echo "gen_goldens: $name is nondeterministic (two runs differ); not a golden:" >&2
                diff "$tmp/run.out" "$tmp/run2.out" | head -n 5 >&2
                diff "$tmp/norm.err" "$tmp/norm2.err" | head -n 5 >&2
                exit 1
            fi
            mv "$tmp/run.out" "$name.out" ;;
        esac
        mv "$tmp/norm.err" "$name.err"
        echo "$code" >"$name.code"
        echo "run   $name -> exit $code"
    else
        code=$?
        # A real compile error starts with go build's package line; anything else
        # (a broken toolchain, a missing /dev/null) must not become a golden.
        if [ "$(head -n 1 "$tmp/build.err")" != "# command-line-arguments" ]; then
            echo "gen_goldens: go build $f failed for another reason:" >&2
            cat "$tmp/build.err" >&2
            exit 1
        fi
        rewrite_diags <"$tmp/build.err" >"$tmp/diag.err"
        : >"$name.out"
        mv "$tmp/diag.err" "$name.err"
        echo "$code" >"$name.code"
        echo "build $name -> exit $code (compile errors)"
    fi
    n=$((n + 1))
done
echo "gen_goldens: $n program(s) regenerated"
