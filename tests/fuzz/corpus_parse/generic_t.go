package main

type List[T any] struct{ v T }

func main() {}
