package main

import "fmt"

func main() {
	var name string
	age := 30
	name = age
	fmt.Println(name)
}
