package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface{ Run() string }

type Cat struct{ name string }

func (c Cat) Walk() string { return c.name + " walks" }

type Horse struct{}

func (Horse) Walk() string { return "horse walks" }
func (Horse) Run() string  { return "horse runs" }

func main() {
	var i interface{} = "text"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	fmt.Println(i.(string) + "!")
	var w Walker = Cat{"tom"}
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	} else {
		fmt.Println("cat cannot run", r == nil)
	}
	w = Horse{}
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	}
	c, ok := w.(Cat)
	fmt.Printf("%q %v\n", c.name, ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	h := w.(Horse)
	fmt.Println(h.Walk())
	var num interface{} = 42
	if v, ok := num.(int); ok && v > 40 {
		fmt.Println("big int", v)
	}
	_, isF := num.(float64)
	fmt.Println(isF)
}
