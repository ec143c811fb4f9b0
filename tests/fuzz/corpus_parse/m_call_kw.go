package main

func main() {
	f(if)
}
