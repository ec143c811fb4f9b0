package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["latte"] = 3
	m["mocha"] = 4
	m["latte"]++
	fmt.Println(m, len(m))
	v, ok := m["chai"]
	fmt.Println(v, ok)
	v, ok = m["mocha"]
	fmt.Println(v, ok)
	delete(m, "mocha")
	delete(m, "absent")
	fmt.Println(m, len(m))

	ages := map[string]int{"bob": 31, "al": 5, "cy": 17}
	fmt.Println(ages)
	byLen := map[int][]string{}
	for _, w := range []string{"go", "c", "lua", "js", "ml"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	nested := map[string]map[string]bool{"a": {"x": true}}
	nested["b"] = map[string]bool{}
	nested["b"]["y"] = false
	fmt.Println(nested, nested["zzz"]["q"])
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	type key struct{ x, y int }
	grid := map[key]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[key{1, 2}], grid)
	alias := m
	alias["new"] = 1
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts)
	fb := map[float64]string{2.5: "b", -1: "a"}
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(fb, bm)
}
