package main

func main() {
	x := ١٢
	_ = x
}
