package main

import "fmt"

func main() {
	s := "hello"
	lo := 2
	fmt.Println(s[lo:])
	lo = 7
	fmt.Println(s[lo:])
}
