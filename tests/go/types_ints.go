package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16--
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i8, u8, i16, u32, i64)

	big := 300
	fmt.Println(int8(big), uint8(big), int16(70000+big), uint(3))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, b+1, r+1)
	fmt.Printf("%T %T %T %T\n", b, r, 'x', 1<<3)
	x := 1 << 62
	fmt.Println(x, x*2, x*4)
	fmt.Println(-5>>1, -5/2, uint(5)>>1, 5&3, 5|3, 5^3, ^5)
	var sh uint = 70
	one := int64(1)
	fmt.Println(1<<sh == 0, one<<63)
}
