package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover())
		var u uint8 = 200
		panic(u)
	}()
	panic('x')
}
