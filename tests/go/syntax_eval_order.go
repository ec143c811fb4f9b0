package main

import "fmt"

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func sum3(a, b, c int) int { return a + b + c }

func main() {
	fmt.Println(sum3(val("a", 1), val("b", 2), val("c", 3)), trace)
	trace = nil
	xs := []int{val("x0", 10), val("x1", 20)}
	m := map[string]int{"k": val("m", 5)}
	fmt.Println(xs, m, trace)

	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i) // the range expression was evaluated once
	}
	fmt.Println(s)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100 // ranging over an array copy: v is unaffected
		if i == 2 {
			fmt.Println("array range v =", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100 // ranging over a slice: v sees the change
		if i == 2 {
			fmt.Println("slice range v =", v)
		}
	}

	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)

	i := 0
	nums := []int{0, 0, 0}
	nums[i], i = 5, 2
	fmt.Println(nums, i)

	for n := 0; n < 5; n++ {
		switch {
		case n == 1:
			continue
		case n == 3:
			break // leaves the switch, not the loop
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	f := func() int { x *= 10; return x }
	y := f() // operands that are not calls are read in an unspecified order: keep them apart
	fmt.Println(x, y)
}
