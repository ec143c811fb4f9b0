package main

import "fmt"

func main() {
	if true {
		fmt.Println("yes")
	}
	else {
		fmt.Println("no")
	}
}
