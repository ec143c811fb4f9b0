package main

import "fmt"

func describe(vals ...any) {
	for i, v := range vals {
		fmt.Printf("%d: %v (%T)\n", i, v, v)
	}
}

func main() {
	describe(1, "two", 3.0, []string{"four"}, nil, struct{}{}, 'x', uint(7))
	bag := map[string]any{
		"n":    1,
		"s":    "str",
		"list": []any{1, "a", nil},
	}
	fmt.Println(bag)
	var x any = 10
	x = x.(int) * 2
	fmt.Println(x)
	items := []interface{}{1, 2.5, "z"}
	sum := 0.0
	for _, it := range items {
		switch v := it.(type) {
		case int:
			sum += float64(v)
		case float64:
			sum += v
		}
	}
	fmt.Println(sum)
}
