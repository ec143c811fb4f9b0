package main

import "fmt"

type Node[T any] struct {
	next *Node[T] // fine: behind a pointer
	val  T
}

type Bad[T any] struct{ x Bad[T] }

func main() {
	var b Bad[int]
	n := Node[int]{val: 1}
	fmt.Println(b, n)
}
