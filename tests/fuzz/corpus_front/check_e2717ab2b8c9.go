package main
func main() { _ = [...]int{1, 2, 3}[5]; _ = 1 << 1000; _ = 1.5i }
