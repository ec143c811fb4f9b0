package main

import "fmt"

const greeting = "hi"
const Pi float64 = 3.14159

var counter int
var (
	name    = "barista"
	cups    int
	ratio   = 0.5
	enabled bool
)

func main() {
	var a int
	var b, c = 1, "two"
	d := 4.5
	var e, f int = 6, 7
	const local = 10
	fmt.Println(a, b, c, d, e, f, local)
	fmt.Println(greeting, Pi, counter, name, cups, ratio, enabled)
	counter += local
	cups = counter * 2
	fmt.Println(counter, cups)
	var s string
	var p *int
	var sl []int
	var m map[string]int
	fmt.Printf("%q %v %v %v %d %d\n", s, p == nil, sl == nil, m == nil, len(sl), len(m))
}
