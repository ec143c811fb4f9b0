package main

import (
	"fmt"
	"strings"
)

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func square(x int) int { return x * x }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

type op func(a, b int) int

func main() {
	fmt.Println(apply([]int{1, 2, 3}, square))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return -x }))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum(xs...))
	fmt.Println(join("-", "a", "b", "c"), join("+"))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, square)(3), compose(square, inc)(3))
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var nothing func()
	fmt.Println(nothing == nil)
	fmt.Println(func(s string) string { return s + s }("ab"))
	fn := fmt.Sprintf
	fmt.Println(fn("%03d", 7))
}
