package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Names []string

func (n Names) Len() int { return len(n) }

type Score int

func (s *Score) Add(n int) { *s += Score(n) }

type Menu map[string]float64

func (m Menu) Price(item string) float64 { return m[item] }

func main() {
	c := Celsius(100)
	fmt.Println(c, c.ToF(), Celsius(-40).ToF())
	fmt.Printf("%T %T\n", c, c.ToF())
	n := Names{"a", "b"}
	n = append(n, "c")
	fmt.Println(n, n.Len(), len(n))
	var s Score
	s.Add(5)
	s.Add(2)
	fmt.Println(s, int(s)+1)
	m := Menu{"latte": 3.5}
	fmt.Println(m.Price("latte"), m.Price("nope"))
	var plain []string = n
	fmt.Println(plain)
	type ID int
	ids := []ID{3, 1}
	fmt.Printf("%v %T\n", ids, ids)
}
