package main

import "fmt"

type Cup struct{ Size int }

func main() {
	var s fmt.Stringer = &Cup{1}
	fmt.Println(s)
}
