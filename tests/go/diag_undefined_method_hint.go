// golden: hand-written (current Go's words: "but does have method Price"; Go 1.19 omits "method")
package main

import "fmt"

type Order struct{ drink string }

func (o Order) Price() int { return 3 }

func main() {
	o := Order{"latte"}
	fmt.Println(o.price())
	fmt.Println(o.Drink)
}
