package main

import "fmt"

func main() {
	var n int = "hello"
	var ok bool = 1
	var f float64 = "1.5"
	fmt.Println(n, ok, f)
}
