package main

const big = 1 << 100
const huge = big * big

func main() {
	var x int = huge / big
	_ = x
}
