package main

import (
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type Drink struct {
	Name string
	Size Size
}

type Order []Drink

func (o Order) String() string {
	parts := make([]string, len(o))
	for i, d := range o {
		parts[i] = d.Name + "/" + d.Size.String()
	}
	return "Order<" + strings.Join(parts, ", ") + ">"
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr#", p.n) }

func main() {
	fmt.Println(Small, Large, Size(9))
	d := Drink{"latte", Medium}
	fmt.Println(d)
	fmt.Printf("%v %+v %s %d\n", d, d, d.Size, d.Size)
	o := Order{d, {"tea", Small}}
	fmt.Println(o)
	fmt.Printf("%v|%s|%d\n", o, o, Large)
	sizes := []Size{Large, Small}
	fmt.Println(sizes)
	m := map[Size]int{Large: 1, Small: 2}
	fmt.Println(m)
	p := PtrStringer{3}
	fmt.Println(&p, p)
	fmt.Println(fmt.Sprint(Medium) + fmt.Sprintf("%v", Large))
}
