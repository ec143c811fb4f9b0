package main
type T struct{ a [len(T{}.a)]int }
func main() {}
