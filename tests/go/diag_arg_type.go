package main

import "fmt"

func brew(cups int, name string) {
	fmt.Println(cups, name)
}

func main() {
	size := 2.5
	brew(size, "latte")
	brew(1, 2)
}
