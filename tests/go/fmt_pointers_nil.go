package main

import (
	"errors"
	"fmt"
)

type Box struct {
	Label string
	Next  *Box
	Err   error
	Any   interface{}
	Fn    func()
	M     map[string]int
	S     []int
}

func main() {
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	arr := [2]string{"x", "y"}
	fmt.Println(&s, &m, &arr)
	fmt.Printf("%v %+v\n", &s, &arr)
	fmt.Println([]*int{nil}, []error{nil}, map[string]*Box{"k": nil})
	var b Box
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%v\n", &Box{Label: "top", Err: errors.New("e"), Any: 3, S: []int{}})
	var np *Box
	var ni interface{}
	var nf func()
	var nm map[int]int
	var ns []string
	fmt.Println(np, ni, nf == nil, nm, ns)
	fmt.Printf("[%v] [%+v] [%s] [%d] [%5v] [%-5v]|\n", np, ni, ni, ni, nil, nil)
	fmt.Printf("%t %v\n", np == nil, ni == nil)
	var e error = (*myErr)(nil)
	fmt.Println(e == nil)
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }
