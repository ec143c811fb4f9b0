package main

func main() {
	x := 0x1.5
	_ = x
}
