package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{10, 20, 30}
	for i, v := range nums {
		fmt.Println(i, v)
	}
	for i := range nums {
		nums[i] *= 2
	}
	fmt.Println(nums)

	arr := [3]string{"a", "b", "c"}
	for i, s := range arr {
		arr[2] = "changed" // range over an array copies it
		fmt.Print(i, s, " ")
	}
	fmt.Println(arr)

	for i, r := range "héllo, 世界" {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)

	for range nums {
		total++
	}
	fmt.Println(total)

	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
}
