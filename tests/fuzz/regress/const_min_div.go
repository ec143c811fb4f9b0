// hostile input: UBSan "division of -2^127 by -1" in const.c cv_binary
// (constant folding of MIN / -1 and MIN % -1 on 128-bit integers).  go build
// accepts it (Go's constants have 512 bits); gocafe may call it an overflow.
package main

const m = -(1 << 126) * 2
const q = m / -1
const r = m % -1

func main() { println(q > 0, r) }
