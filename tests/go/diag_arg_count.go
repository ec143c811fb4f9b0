package main

import "fmt"

func add(a int, b int) int { return a + b }

func greet(name string) { fmt.Println("hi", name) }

func main() {
	fmt.Println(add(1, 2, 3))
	greet()
}
