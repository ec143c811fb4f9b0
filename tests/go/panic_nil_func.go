package main

import "fmt"

func main() {
	handlers := map[string]func(){}
	handlers["hello"] = func() { fmt.Println("hello handler") }
	handlers["hello"]()
	handlers["missing"]()
}
