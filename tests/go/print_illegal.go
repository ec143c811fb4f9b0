// print and println take no struct or array operand: gc's backend reports
// each one after type checking (at the call's parenthesis).
package main

import "time"

func main() {
	println([2]int{}, 1)
	print(struct{}{})
	println(time.Time{})
	println(struct{ a any; b struct{ c int } }{}, [1]interface{ M() }{})
	x := 1
	println(x)
}
