package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Tri struct{ B, H float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (t Tri) Area() float64 { return t.B * t.H / 2 }

func main() {
	var sh Shape = Tri{2, 3}
	fmt.Println(sh.Area())
	sq := sh.(Sq)
	fmt.Println(sq.S)
}
