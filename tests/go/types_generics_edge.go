package main

import (
	"fmt"
	"strconv"
	"strings"
)

// An embedded generic type: its field and methods are promoted under the
// origin's name (Base, not Base[int]).
type Base[T any] struct{ ID T }

func (b Base[T]) Describe() string { return fmt.Sprint("id=", b.ID) }

type User struct {
	Base[int]
	Name string
}

type Lockable[T any] struct {
	Base[T]
	locked bool
}

// A constraint with a core type: PT is inferred as *T.
type Parser[T any] interface {
	Parse(string)
	*T
}

type Num struct{ v int }

func (n *Num) Parse(s string) { n.v, _ = strconv.Atoi(s) }

func ParseAll[T any, PT Parser[T]](in []string) []T {
	out := make([]T, len(in))
	for i, s := range in {
		PT(&out[i]).Parse(s)
	}
	return out
}

func Clone[M interface{ ~map[K]V }, K comparable, V any](m M) M {
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// In a generic body, cases that coincide for some T are legal.
func Kind[T any](v any) string {
	switch v.(type) {
	case T:
		return "T"
	case int:
		return "int"
	}
	return "other"
}

type Shape interface{ Area() float64 }

// A recursive generic type through a slice.
type Tree[T any] struct {
	Val      T
	Children []Tree[T]
}

func (t Tree[T]) Count() int {
	n := 1
	for _, c := range t.Children {
		n += c.Count()
	}
	return n
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func main() {
	u := User{Base[int]{7}, "ann"}
	fmt.Println(u.ID, u.Base.ID, u.Describe())
	fmt.Printf("%+v\n", u)
	l := Lockable[string]{Base: Base[string]{"k"}}
	fmt.Println(l.Base.ID, l.ID, l.locked, l.Describe())

	nums := ParseAll[Num]([]string{"1", "22", "x"})
	fmt.Println(nums)

	type Ages map[string]int
	a := Ages{"x": 1}
	b := Clone(a)
	b["y"] = 2
	fmt.Printf("%v %v %T\n", a, b, b)

	fmt.Println(Kind[int](1), Kind[string](1), Kind[string]("s"), Kind[bool](2.5))

	t := Tree[string]{"root", []Tree[string]{{"a", nil}, {"b", []Tree[string]{{"c", nil}}}}}
	fmt.Println(t.Count())

	s := NewSet(strings.Fields("a b a c")...)
	fmt.Println(len(s), s.Has("a"), s.Has("z"))
}
