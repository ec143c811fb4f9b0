package main

import "fmt"

func shift(v int, n int) int { return v << n }

func main() {
	fmt.Println(shift(1, 4), shift(1, 64), shift(-8, 1))
	fmt.Println(shift(1, -1))
}
