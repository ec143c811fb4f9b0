package main
func main() { var m map[[]int]int; _ = m; append(); len(); make(); new(1) }
