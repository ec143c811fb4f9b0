// fuzz_front: UBSan "signed integer overflow" in const.c cv_shift: a constant
// saturated at 2^127-1 shifted left again (x.i * 2^s overflowed before the
// overflow test).  go build says "./prog.go:7:13: constant shift overflow"
// (Go's constants have 512 bits); gocafe's are 128 bits.
package main

const a = 1 << 1000
const b = a << 10 << 1000

func main() { println(b > 0) }
