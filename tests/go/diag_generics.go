package main

import "fmt"

type List[T any] struct{ v T }

func F[T any](x T) T { return x }

func Pair[K comparable, V any](k K) map[K]V { return map[K]V{} }

func main() {
	var l List
	g := F
	var s fmt.Stringer[int]
	m := Pair[string, int]("k")
	fmt.Println(l, g, s, m)
}
