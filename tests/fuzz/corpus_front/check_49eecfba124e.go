package main
const c = c
func main() {}
