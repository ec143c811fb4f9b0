package main

type T struct{ a, b int }

func main() {
	_ = T{
		a: 1
		b: 2,
	}
}
