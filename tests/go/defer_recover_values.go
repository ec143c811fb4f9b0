package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v | %T\n", name, r, r)
		if err, ok := r.(error); ok {
			fmt.Println("  is error:", err.Error())
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var p *MyErr
	var s []int
	zero := 0
	idx := 3
	var i interface{} = "str"
	try("index", func() { s = []int{1}; _ = s[idx] })
	try("divide", func() { fmt.Println(1 / zero) })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { fmt.Println(p.Code) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("string", func() { panic("plain") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("e1")) })
	try("custom", func() { panic(&MyErr{7}) })
	try("none", func() {})
	fmt.Println("recover outside panic:", recover())
}
