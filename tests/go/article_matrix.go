package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			sb.WriteString(fmt.Sprintf("%6.2f", v))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, -1}, {2, 0.25}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.Mul(identity(2)))
	p := identity(2)
	for i := 0; i < 5; i++ {
		p = p.Mul(a)
	}
	fmt.Print(p)
	fmt.Println(len(p), len(p[0]))
}
