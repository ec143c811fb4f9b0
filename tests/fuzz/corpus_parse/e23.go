package main

func main() {
	x := 5
	if x > 3 {
		println("big")
	} else {
		println("small")
	}
	else {
	}
}
