package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught:", r)
		panic(fmt.Sprintf("while handling %v", r))
	}()
	var m map[int]int
	m[1] = 1
}
