package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Insert[T int | string](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

// Merge fans in several channels of any element type.
func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan T) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func gen[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		for _, v := range vs {
			c <- v
		}
		close(c)
	}()
	return c
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64](), Sum(Celsius(20), 1.5))
	fmt.Printf("%T %T\n", Sum(Celsius(1)), Sum(2.0))
	words := []string{"go", "gopher", "channel", "select"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) string { return strings.Repeat("*", n) }))
	fmt.Println(Filter(words, func(s string) bool { return strings.HasPrefix(s, "go") }))
	fmt.Println(Reduce(lens, 0, func(a, n int) int { return a + n }))
	fmt.Println(Max(3, 7), Max(2.5, 1.0), Max("a", "b"))
	ks := Keys(map[string]int{"b": 2, "a": 1, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)
	fmt.Printf("%T %+v\n", s, s)

	p := Pair[string, int]{"answer", 42}
	fmt.Println(p)
	fmt.Printf("%T %v\n", p, []Pair[string, int]{p, {"k", 1}})
	ps := &Stack[Pair[string, int]]{}
	ps.Push(p)
	fmt.Printf("%T %d\n", ps, ps.Len())

	var root *Tree[int]
	for _, n := range []int{5, 3, 8, 1, 4} {
		root = Insert(root, n)
	}
	root.Walk(func(n int) { fmt.Print(n, " ") })
	fmt.Println()

	total := 0
	for n := range Merge(gen(1, 2, 3), gen(10, 20)) {
		total += n
	}
	fmt.Println("merged total", total)

	f := Map[int, int]
	fmt.Println(f([]int{1, 2}, func(n int) int { return n * 10 }))
	fmt.Println(Describe(7), Describe("hi"), Describe(2.5))
}
