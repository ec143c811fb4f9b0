package main

func main() {
	var a []int
	a.append(1)
	for i = 0; i < 3; i++ {}
	x = := 1
}
