package main

import "fmt"

type Order struct{ Drink string }

func (o Order) Price() int { return 3 }

func main() {
	o := Order{"latte"}
	fmt.Println(o.Size)
}
