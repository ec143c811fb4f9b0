package main

func main() {
	_ = func(a int, b) {}
	_ = x[]
	_ = s[1:2:]
}
