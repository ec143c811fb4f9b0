package main

import "fmt"

func brew(beans int) {
	if beans == 0 {
		panic("out of beans")
	}
	fmt.Println("brewing with", beans)
}

func main() {
	brew(2)
	brew(0)
}
