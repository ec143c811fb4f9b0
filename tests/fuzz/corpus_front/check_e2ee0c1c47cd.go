package main

type I interface{ M() }

func f(i, i int) {}

func main() {
	var x I
	_ = nil == nil
	_ = x == 1
}
