package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name    string
	retries int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"espresso", 1})
	c := v.Load().(config)
	fmt.Printf("%+v\n", c)
	old := v.Swap(config{"latte", 2})
	fmt.Printf("%+v %+v\n", old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"latte", 2}, config{"mocha", 3}), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
