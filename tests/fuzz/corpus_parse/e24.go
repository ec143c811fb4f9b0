package main
func main() { for { } ; return; x := }
