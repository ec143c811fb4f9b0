package main

import "fmt"

func appendOne(s []int) []int { return append(s, 100) }

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	a[0] = 20
	fmt.Println(base, a, len(a), cap(a))
	a = append(a, 30) // fits in capacity: overwrites base[3]
	fmt.Println(base, a)
	b := base[3:]
	b = append(b, 60) // exceeds capacity: new backing array
	b[0] = -4
	fmt.Println(base, b)

	orig := make([]int, 2, 3)
	x := appendOne(orig)
	y := appendOne(orig)
	x[2] = 7
	fmt.Println(orig, x, y, len(orig))

	full := []int{1, 2, 3}
	lim := full[0:2:2]
	lim = append(lim, 99) // 3-index slice forces a copy
	fmt.Println(full, lim)

	var grow []int
	last := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bytes []byte
	last = -1
	for i := 0; i < 300; i++ {
		bytes = append(bytes, 'x')
		if cap(bytes) != last {
			last = cap(bytes)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	type triple struct{ a, b, c int }
	var ts []triple
	last = -1
	for i := 0; i < 100; i++ {
		ts = append(ts, triple{i, i, i})
		if cap(ts) != last {
			last = cap(ts)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	many := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(many), cap(many))
	strs := append([]string(nil), "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
}
