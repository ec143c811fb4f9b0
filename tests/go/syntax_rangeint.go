// golden: hand-written (Go 1.22 semantics: range over an integer)
package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int64 = 2
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
	}
	type Count uint8
	for c := range Count(2) {
		fmt.Printf("%T %d\n", c, c)
	}
}
