package main

func main() {
L:
	println()
	func() {
	M:
	}()
}
