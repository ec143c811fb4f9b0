package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, 0.1+0.2)
	fmt.Println(7/2, 7/2.0, float64(7)/2, 10.0/3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1e6, 123456.0, 1234567.0, 1e21, 1e20, 1e-5, 0.0001)
	fmt.Println(100.0, 1.0, 0.0, -2.5, 3.0/2)
	x := 2.75
	fmt.Println(int(x), int(-x), int64(x*100))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	var avg float64 = float64(3+4+4) / 3
	fmt.Println(avg)
	fmt.Printf("%T %T\n", 1.5, f32)
}
