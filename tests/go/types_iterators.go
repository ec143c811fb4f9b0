// golden: hand-written (Go 1.23 range over functions, packages slices, maps, cmp and iter, Go 1.25 WaitGroup.Go; Go 1.19 has none of them)
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
)

type Person struct {
	Name string
	Age  int
}

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Sum[T cmp.Ordered](seq iter.Seq[T]) T {
	var s T
	for v := range seq {
		s += v
	}
	return s
}

func main() {
	for n := range Countdown(3) {
		fmt.Print(n, " ")
	}
	fmt.Println()
	for n := range Countdown(10) {
		if n%2 == 0 {
			continue
		}
		if n < 6 {
			break
		}
		fmt.Println("odd", n)
	}
	var last int
	for last = range Countdown(2) {
	}
	fmt.Println("last", last)
	for i, s := range Enumerate([]string{"a", "b"}) {
		for j := 0; j < 3; j++ {
			if j == 1 {
				break // the inner loop's
			}
			fmt.Println(i, s, j)
		}
	}
	count := 0
	for range Countdown(4) {
		count++
	}
	fmt.Println("count", count)

	xs := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs), slices.Index(xs, 8), slices.Contains(xs, 7))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found, slices.Min(xs), slices.Max(xs))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(slices.Compact(slices.Clone(xs)), ys, xs)
	zs := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(zs)
	d := slices.Delete(zs, 1, 3)
	fmt.Println(d, zs, slices.Equal(d, []int{1, 4}))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Name, b.Name) })
	fmt.Println(people, slices.IndexFunc(people, func(p Person) bool { return p.Age < 30 }))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	m2 := maps.Clone(m)
	m2["d"] = 4
	fmt.Print(maps.Equal(m, m2), " ")
	delete(m2, "d")
	fmt.Println(maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, m)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "x", "y"), cmp.Or(0, 0))
	fmt.Println(slices.Collect(Countdown(3)))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(Sum(Countdown(4)), Sum(slices.Values([]string{"a", "b"})))

	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Go(func() { results[i] = i * i })
	}
	wg.Wait()
	fmt.Println(results)
}
