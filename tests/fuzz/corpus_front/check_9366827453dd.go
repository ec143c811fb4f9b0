package main

func main() {
	var a int8 = 300
	b := int8(300)
	const c int8 = 100
	d := c * 2
	var e float32 = 1e300
	var u uint = -1
	_, _, _, _, _ = a, b, d, e, u
}
