package main

import "fmt"

// Loops over slices: indexing, bounds checks, range, append.
func main() {
	const n = 1000000
	xs := make([]int, 0, 16)
	for i := 0; i < n; i++ {
		xs = append(xs, i%1000)
	}
	total := 0
	for round := 0; round < 10; round++ {
		for i := range xs {
			total += xs[i] * round
		}
		for _, v := range xs {
			if v&1 == 0 {
				total -= v
			}
		}
	}
	fmt.Println(len(xs), total)
}
