package main

func f(... int, x int) {}
func g(x ...) {}

func main() {}
