package main

import "fmt"

const small int8 = 100

func main() {
	x := small * 2
	fmt.Println(x)
	const c = 1 << 70
	fmt.Println(c)
	var u uint8 = 255 + 1
	fmt.Println(u)
}
