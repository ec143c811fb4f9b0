package main
func main() { x := []int{}; x.y.z(); nil(); _ = nil == nil }
