package main

import "fmt"

type Temp struct{ deg int }

func (t Temp) Show(tag string)   { fmt.Println(tag, t.deg) }
func (t *Temp) ShowP(tag string) { fmt.Println(tag, t.deg) }

func value() (n int) {
	defer func(x int) { n += x }(10)
	n = 5
	return n * 2
}

func main() {
	t := Temp{1}
	defer t.Show("value receiver, copied at defer:")
	defer t.ShowP("pointer receiver, sees the change:")
	f := t.Show
	defer f("method value, copied when taken:")
	t.deg = 99
	fmt.Println(value())
	for i := 0; i < 2; i++ {
		defer func(n int) { fmt.Println("deferred arg", n) }(i * 10)
	}
	var nilFn func()
	defer func() {
		r := recover()
		fmt.Println("recovered nil func:", r)
	}()
	defer nilFn()
	fmt.Println("end of main")
}
