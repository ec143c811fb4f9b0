package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(r)
		}
	}()
	get([]int{1}, 3)
}
