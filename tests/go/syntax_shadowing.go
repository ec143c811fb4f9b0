package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block", x)
	}
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	show()
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := 3 // predeclared names can be shadowed
	fmt.Println(len)
}
