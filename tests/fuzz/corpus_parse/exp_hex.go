package main

func main() {
	x := 0x1e2p3
	x = 0o7e1
	_ = x
}
