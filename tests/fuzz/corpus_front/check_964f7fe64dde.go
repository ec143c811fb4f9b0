package main

type P struct{ n int }

func (p *P) Inc() { p.n++ }

type W struct{ P }

func f(a int, b float64) (r int) {
	x := 1
	g := func() int { return x + a }
	var p P
	p.Inc()
	q := &x
	m := map[string]int{}
	v, ok := m["k"]
	for i := range "ab" {
		_ = i
	}
	var w W
	_ = w.n
	_, _, _, _ = q, v, ok, g()
	return int(b) + len(m)
}

func main() { f(1, 2) }
