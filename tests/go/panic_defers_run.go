package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func inner() {
	defer cleanup("inner")
	var arr []int
	_ = arr[2]
}

func middle() {
	defer cleanup("middle")
	inner()
}

func main() {
	defer cleanup("main")
	fmt.Println("start")
	middle()
	fmt.Println("unreachable")
}
