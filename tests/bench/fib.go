package main

import "fmt"

// Recursive calls: frame push/pop, integer compare and add.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
