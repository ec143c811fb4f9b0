package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const third = 1.0 / 3
const typed int32 = 7

func main() {
	fmt.Println(Small, Big/Big)
	fmt.Println(third, third*3 == 1)
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	var f float32 = third
	var d float64 = third
	fmt.Println(f, d)
	x := 5 / 2
	y := 5 / 2.0
	z := 5.0 / 2
	fmt.Println(x, y, z)
	fmt.Printf("%T %T %T %T\n", x, y, 'a', typed)
	var u uint8 = 255
	fmt.Println(u + 0)
	const h = 'a' + 1
	fmt.Println(h, string(rune(h)))
	var i64 int64 = 1 << 40
	fmt.Println(i64)
	const s = "con" + "st"
	fmt.Println(s, len(s))
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(Big / 1e29)
	var r rune = 'x' - 'a'
	fmt.Println(r)
}
