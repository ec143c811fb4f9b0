package main

import "fmt"

func main() {
	n := 10
	fmt.Println(n / 0)
}
