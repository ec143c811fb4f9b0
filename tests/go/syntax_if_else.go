package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func lookup(m map[string]int, k string) {
	if v, ok := m[k]; ok {
		fmt.Println(k, "found", v)
	} else if len(k) > 3 {
		fmt.Println(k, "missing and long", v)
	} else {
		fmt.Println(k, "missing")
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	m := map[string]int{"tea": 2, "coffee": 5}
	lookup(m, "tea")
	lookup(m, "cocoa")
	lookup(m, "gin")
	if x := 10; x > 5 && x < 20 || false {
		fmt.Println("in range", x)
	}
}
