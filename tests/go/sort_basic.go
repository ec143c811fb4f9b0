package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "apple", "Banana", "cherry", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	people := []Person{{"ann", 40}, {"bob", 25}, {"cy", 33}, {"di", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	m := map[string]int{"x": 3, "a": 1, "m": 2}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[0], big[50], big[99])
}
