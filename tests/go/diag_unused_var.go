package main

import "fmt"

func main() {
	count := 0
	fmt.Println("hello")
}
