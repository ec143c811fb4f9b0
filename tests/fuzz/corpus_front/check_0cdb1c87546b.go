package main

type T struct{}

func (*T) P() {}

func get() T { return T{} }

func main() {
	_ = T.P
	get().P()
	m := map[int]T{}
	m[0].P()
}
