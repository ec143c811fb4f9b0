package main

import "fmt"

func label(n int) string {
	if n > 0 {
		return n
	}
	return "none"
}

func main() {
	fmt.Println(label(1))
}
