package main

func main() {
	x := ctx
	_ = x
	doWork()
}
