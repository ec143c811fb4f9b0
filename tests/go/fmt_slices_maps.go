package main

import "fmt"

func main() {
	fmt.Println([][]int{{1, 2}, {3}, {}})
	var nilS []int
	fmt.Println(nilS, []int{}, len(nilS))
	fmt.Printf("%v %#v %#v\n", nilS, nilS, []int{})
	fmt.Println(map[string]int{"c": 3, "a": 1, "b": 2})
	fmt.Println(map[int]string{10: "x", -1: "y", 2: "z"})
	fmt.Println(map[string][]int{"y": {2}, "x": {1, 1}})
	fmt.Println([]map[string]bool{{"t": true}, {"f": false, "a": true}})
	var nilM map[string]int
	fmt.Println(nilM)
	fmt.Printf("%#v %#v\n", map[string]int{"b": 2, "a": 1}, nilM)
	fmt.Println([]interface{}{1, "a", nil, 2.5})
	fmt.Printf("%v %d %x\n", [3]int{1, 2, 3}, [3]int{1, 2, 3}, []int{10, 11})
	fmt.Printf("%#v %#v\n", []string{"a"}, [2]bool{true})
	fmt.Printf("%T %T %T\n", nilS, nilM, [2][]string{})
	fmt.Println(map[float64]int{2.5: 1, 0.5: 2}, map[bool]string{true: "y", false: "n"})
	ptrs := map[string]*int{"nil": nil}
	fmt.Println(ptrs)
	fmt.Printf("%v|%s|%q\n", []string{}, []string{"p", "q"}, map[string]string{"k": "v"})
}
