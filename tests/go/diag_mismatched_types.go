package main

import "fmt"

func main() {
	n := 3
	s := "cups"
	fmt.Println(n + s)
	var f float64 = 1.5
	fmt.Println(f * n)
}
