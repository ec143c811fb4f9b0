package main

import "fmt"

type Barista struct{ name string }

func (b *Barista) Pour(cups []string, i int) string {
	return cups[i]
}

func (b Barista) Serve(n int) {
	cups := []string{"latte", "mocha"}
	fmt.Println(b.name, "serves", (&b).Pour(cups, n))
}

func run(f func()) {
	f()
}

func main() {
	b := Barista{"kim"}
	b.Serve(0)
	run(func() {
		b.Serve(2)
	})
}
