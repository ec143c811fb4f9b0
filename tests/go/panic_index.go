package main

import "fmt"

func pick(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println("picking", pick(xs, 1))
	fmt.Println(pick(xs, 5))
}
