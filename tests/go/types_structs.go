package main

import "fmt"

type Order struct {
	ID    int
	Drink string
	Size  string
	Extra []string
}

type Pair struct{ A, B int }

func main() {
	o := Order{ID: 1, Drink: "latte"}
	o.Size = "tall"
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	o2 := o
	o2.Drink = "mocha"
	fmt.Println(o.Drink, o2.Drink)
	p := &o
	p.ID = 7
	fmt.Println(o.ID, (*p).ID)
	fmt.Println(Pair{1, 2} == Pair{1, 2}, Pair{1, 2} == Pair{2, 1})
	anon := struct {
		X, Y int
	}{3, 4}
	fmt.Println(anon, anon.X+anon.Y)
	pts := []Pair{{1, 2}, {3, 4}}
	pts[1].A = 30
	for _, pt := range pts {
		pt.B = 0 // copy
	}
	fmt.Println(pts)
	pp := &Pair{5, 6}
	pp.B++
	fmt.Println(*pp, pp.A)
	var zero Order
	fmt.Printf("%+v %v\n", zero, zero.Extra == nil)
	type Node struct {
		Val  int
		Next *Node
	}
	n := &Node{1, &Node{2, nil}}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
}
