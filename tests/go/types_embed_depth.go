package main

import "fmt"

// The shallowest embedded method wins: Outer has m through *Leaf at depth 1
// and through Mid.Leaf at depth 2.
type I interface{ m() int }

type Leaf struct{ a int }

func (p *Leaf) m() int { return p.a }

type Mid struct{ Leaf }

type Outer struct {
	*Leaf
	Mid
}

func main() {
	var i I = &Outer{Leaf: &Leaf{7}}
	fmt.Println(i.m())
	o := Outer{Leaf: &Leaf{8}, Mid: Mid{Leaf{9}}}
	fmt.Println(o.m(), o.Mid.m())
	var j I = &o.Mid
	fmt.Println(j.m())
}
