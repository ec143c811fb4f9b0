#!/bin/sh
# normalize.sh - filter stdin to stdout: the runtime-stderr normalisation used
# when comparing gocafe's stderr with real Go's (applied to BOTH sides by
# run_corpus.sh; gen_goldens.sh stores goldens already normalised, so goldens
# hold no machine paths or addresses).  Nothing else is loosened.
#
# 1. PC offsets:      "\t/abs/dir/x.go:12 +0x1d"   ->  "\t/abs/dir/x.go:12"
# 2. Directories:     "\t/abs/dir/x.go:12"         ->  "\tx.go:12"
#    (also runtime frames: "\t/usr/lib/go-1.19/src/runtime/panic.go:884" ->
#    "\tpanic.go:884"; gocafe may print any directory, e.g. $GOROOT/src/runtime/)
# 3. Frame arguments: "main.f(0x5, 0xc000012345?)" / "panic({0x45e060, 0x4b2a18})"
#    -> "main.f(...)"; only on frame lines (a function name, no spaces, then a
#    parenthesised list of hex words, braces, commas, '?' or '...').
#    "main.f()" (no arguments) is left alone: gocafe prints "(...)" for a
#    function with parameters (the receiver counts), "()" without.
# 4. The faulting PC in "[signal SIGSEGV: ... pc=0x45a6b2]" -> "pc=0x?"
#    (a code address of the Go binary, meaningless for an interpreter).
# "goroutine N [" ids are NOT rewritten.
sed -E \
    -e 's/^(\t.*) \+0x[0-9a-f]+$/\1/' \
    -e 's/^\t[^\t ]*\/([^\/\t ]+\.go:[0-9]+)$/\t\1/' \
    -e 's/^([A-Za-z0-9_.*()]+)\([0-9a-fx?{}, .]+\)$/\1(...)/' \
    -e 's/^(\[signal .* pc=)0x[0-9a-f]+\]$/\10x?]/'
