package main
func main() { for range func(yield func() bool) {} {} }
