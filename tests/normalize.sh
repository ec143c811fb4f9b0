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
# 5. Goroutine ids, the ONE id normalisation: in "goroutine N [...]:" headers
#    (and "created by ... in goroutine N", which newer Go prints) id 1 stays 1
#    and every other id becomes 2, 3, ... in the order it first appears in the
#    text.  Why: Go hands out ids in per-P batches (the first user goroutine is
#    5, 6 or 17 depending on the run and the Go version), gocafe numbers them
#    2, 3, ... in creation order.  A dump lists main first and then the other
#    goroutines in id order, i.e. creation order, on both sides, so numbering
#    by first appearance makes both sides agree exactly when they list the same
#    goroutines in the same creation order; a different set or order still
#    shows as a difference.  (A panic in a goroutine shows only that one: it
#    becomes 2 on both sides.)  "gocafe:" lines are never renumbered.
sed -E \
    -e 's/^(\t.*) \+0x[0-9a-f]+$/\1/' \
    -e 's/^\t[^\t ]*\/([^\/\t ]+\.go:[0-9]+)$/\t\1/' \
    -e 's/^([][A-Za-z0-9_.*()]+)\([0-9a-fx?{}, .]+\)$/\1(...)/' \
    -e 's/^(\[signal .* pc=)0x[0-9a-f]+\]$/\10x?]/' |
awk '
function renum(id) {
    if (id == "1") return "1"
    if (!(id in map)) map[id] = ++next_id
    return map[id]
}
BEGIN { next_id = 1 }
/^goroutine [0-9]+ \[/ {
    id = $2; rest = substr($0, length("goroutine " id) + 1)
    print "goroutine " renum(id) rest; next
}
/^created by .* in goroutine [0-9]+$/ {
    id = $NF; print substr($0, 1, length($0) - length(id)) renum(id); next
}
{ print }'
