// hostile input: UBSan "signed integer overflow" in check_sel.c array_lit and
// compile_expr.c (slice literal length): the index after key 2^63-1 wraps,
// as Go's int64 does.  go build compiles it (the run would panic in makeslice).
package main

func main() {
	x := []int{9223372036854775807: 1, 2}
	_ = x
}
