// When Go evaluates an operand whose length is known: len(f()) and
// `for i := range f()` call f (a call makes len non-constant) while
// len(*nilp) does not dereference; `for i, a[i] = range` evaluates a[i]'s
// index before assigning i (two-phase assignment).
package main

import "fmt"

var calls int

func arr() [3]int   { calls++; return [3]int{1, 2, 3} }
func parr() *[4]int { calls++; return nil }

func main() {
	n := len(arr()) + cap(parr())
	fmt.Println(n, calls)
	k := 0
	for i := range arr() {
		k += i
	}
	for range arr() {
		k++
	}
	fmt.Println(k, calls)
	var nilp *[5]int
	fmt.Println(len(nilp), len(*nilp), calls)
	for i := range nilp {
		k += i
	}
	fmt.Println(k)

	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println(i, x)
	m := map[string]int{}
	key := "old"
	for key, m[key] = range map[string]int{"new": 7} {
	}
	fmt.Println(key, m)
	rs := []rune("ab")
	j := 1
	for j, rs[j] = range "z" {
	}
	fmt.Println(j, string(rs))
}
