// (*[N]T)(s) (Go 1.17): the array pointer aliases the slice's elements (gocafe
// supports it when s covers its whole backing array, as here); nil -> nil.
package main

import "fmt"

type Token *[4]byte

func main() {
	s := make([]byte, 4)
	copy(s, "abcd")
	p := (*[4]byte)(s)
	p[0] = 'X'
	fmt.Println(string(s), &p[1] == &s[1], len(p))
	var t Token = Token(s[:4])
	t[3] = 'Z'
	fmt.Println(string(s))
	*p = [4]byte{'1', '2', '3', '4'}
	fmt.Println(string(s), *t)
	var arr [3]int
	q := (*[3]int)(arr[:])
	q[2] = 7
	fmt.Println(arr, &q[0] == &arr[0])
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)([]int{}) != nil)
	defer func() { fmt.Println(recover() != nil) }()
	_ = (*[5]byte)(s)
}
