package main

import "fmt"

// Map updates: insert, lookup, increment, delete with int and string keys.
func main() {
	counts := make(map[int]int)
	for i := 0; i < 2000000; i++ {
		counts[(i*7919)%50000]++
	}
	names := make(map[string]int)
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("key-%d", i)
	}
	for round := 0; round < 500; round++ {
		for _, k := range keys {
			names[k] += round
		}
	}
	for i := 0; i < 50000; i += 2 {
		delete(counts, i)
	}
	sum := 0
	for _, v := range counts {
		sum += v
	}
	fmt.Println(len(counts), sum, len(names), names["key-999"])
}
