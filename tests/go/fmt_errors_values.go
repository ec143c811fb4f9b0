package main

import (
	"errors"
	"fmt"
)

type Stat struct{ n int }

func (s Stat) String() string { return fmt.Sprintf("Str<%d>", s.n) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	e := errors.New("boom")
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s|%q|%T\n", e, e, e, e, e)
	fmt.Printf("%#v\n", e)
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
	fmt.Printf("%v %T %d\n", nilErr, nilErr, nil)
	fmt.Println([]Stat{{1}, {2}}, Stat{3})
	fmt.Printf("%d %v %s\n", Stat{7}, Stat{7}, Stat{7})
	fmt.Println(Code(4), []error{e, nil, Code(5)})
	fmt.Printf("%v %d\n", Code(6), Code(6))
	wrapped := fmt.Errorf("ctx: %w", e)
	fmt.Printf("%v %T\n", wrapped, wrapped)
	fmt.Println(fmt.Sprint(e, e), fmt.Sprint(e, "x", 3))
	type S struct {
		E   error
		Val Stat
	}
	fmt.Printf("%v %+v\n", S{e, Stat{1}}, S{})
}
