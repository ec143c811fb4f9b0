package main

import (
	"fmt"
	"strings"
)

func logf(prefix string, args ...interface{}) {
	fmt.Println(append([]interface{}{prefix + ":"}, args...)...)
}

func count(xs ...string) (int, string) {
	return len(xs), strings.Join(xs, "+")
}

func forward(xs ...string) (int, string) { return count(xs...) }

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	logf("info", 1, "two", 3.0, nil)
	logf("empty")
	fmt.Println(count())
	fmt.Println(count("a"))
	parts := []string{"x", "y", "z"}
	fmt.Println(forward(parts...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	var nilArgs []interface{}
	fmt.Println(nilArgs...)
	fmt.Println(fmt.Sprint(nilArgs...) == "")
	args := []interface{}{"%d-%s\n", 7, "seven"}
	fmt.Printf(args[0].(string), args[1:]...)
	parts[0] = "changed"
	fmt.Println(parts)
}
