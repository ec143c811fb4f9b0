package main

import "fmt"

type Grid struct {
	Cells [3][3]int
	Name  string
}

type Shop struct {
	Owner Person
	Tags  [2]string
}

type Person struct {
	Name string
	Age  int
}

func mark(g Grid) Grid {
	g.Cells[1][1] = 9
	g.Name += "!"
	return g
}

func birthday(p *Person) { p.Age++ }

func main() {
	a := Grid{Name: "a"}
	b := a
	b.Cells[0][0] = 1
	c := mark(b)
	fmt.Println(a.Cells, b.Cells, c.Cells, a.Name, b.Name, c.Name)
	fmt.Println(a == b, b == Grid{Cells: [3][3]int{{1}}, Name: "a"})

	s := Shop{Owner: Person{"ann", 30}, Tags: [2]string{"x", "y"}}
	t := s
	t.Owner.Name = "bob"
	t.Tags[0] = "z"
	birthday(&t.Owner)
	fmt.Println(s, t)

	people := []Person{{"a", 1}, {"b", 2}}
	first := people[0]
	first.Age = 100
	people[1].Age = 200
	p := &people[0]
	p.Age = 50
	fmt.Println(people, first)

	m := map[string]Person{"k": {"k", 1}}
	v := m["k"]
	v.Age = 99
	fmt.Println(m, v)
	m["k"] = v
	fmt.Println(m["k"].Age)

	rows := [2][2]int{{1, 2}, {3, 4}}
	row := rows[1]
	row[0] = 30
	rows2 := rows
	rows2[0][0] = 10
	fmt.Println(rows, row, rows2)

	var iface interface{} = s.Owner
	s.Owner.Age = 0
	fmt.Println(iface, s.Owner)
	got := iface.(Person)
	got.Name = "changed"
	fmt.Println(iface, got)

	arrs := []([2]int){{1, 2}}
	for _, arr := range arrs {
		arr[0] = 100
	}
	fmt.Println(arrs)
	ptrs := []*Person{{"p", 1}}
	for _, pp := range ptrs {
		pp.Age = 7
	}
	fmt.Println(*ptrs[0])
	ch := Grid{}
	chp := &ch.Cells[2]
	chp[2] = 5
	fmt.Println(ch.Cells)
}
