package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

type List struct {
	Head int
	Tail *List
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("(")
	for n := l; n != nil; n = n.Tail {
		if n != l {
			sb.WriteString(" ")
		}
		sb.WriteString(strconv.Itoa(n.Head))
	}
	sb.WriteString(")")
	return sb.String()
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} {
		root = root.Insert(v)
	}
	var out []int
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	var l *List
	for i := 3; i > 0; i-- {
		l = &List{i, l}
	}
	fmt.Println(l)
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println(moves)
	fmt.Println(ackermann(2, 3))
}
