package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)
	y := 0b1011
	y |= 0x10
	y &= 0xFE
	y ^= 3
	y <<= 2
	y >>= 1
	y &^= 8
	fmt.Println(y)
	z := 7
	z++
	z++
	z--
	fmt.Println(z)
	s := "con"
	s += "cat"
	fmt.Println(s)
	f := 1.5
	f *= 3
	f -= 0.25
	fmt.Println(f)
	arr := []int{1, 2}
	arr[1] += 40
	arr[0]++
	fmt.Println(arr)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, 1<<10, 0xff>>4, 6&^3)
	var u uint8 = 250
	u += 10
	fmt.Println(u)
}
