package main
type I interface{ I }
func main() {}
