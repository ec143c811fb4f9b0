package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{ name string }

func (e *English) Greet() string { return "hello " + e.name }

func main() {
	var g Greeter = &English{"ann"}
	fmt.Println(g.Greet())
	g = English{"bob"}
	fmt.Println(g.Greet())
}
