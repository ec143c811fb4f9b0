package main

import "fmt"

func main() {
	var b int8 = 200
	var u uint = -1
	fmt.Println(b, u)
}
