package main

import "fmt"

func main() {
	n := 5
	s := "text"
	ok := true
	fmt.Println(!n)
	fmt.Println(s - s)
	fmt.Println(-ok)
	fmt.Println(ok + ok)
}
