package main

import "fmt"

type Inner struct{ A, B int }

type T struct {
	Name string
	N    int
	p    *int
}

type Outer struct {
	In  Inner
	Ptr *Inner
	S   []string
	M   map[string]int
}

type Empty struct{}

func main() {
	t := T{Name: "bob", N: 3}
	fmt.Printf("%v\n%+v\n%#v\n", t, t, t)
	o := Outer{In: Inner{1, 2}, S: []string{"a", "b"}, M: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&t, &Inner{3, 4})
	fmt.Printf("%+v %#v\n", &Inner{5, 6}, Inner{7, 8})
	fmt.Printf("%v %+v %#v\n", Empty{}, struct{}{}, struct{}{})
	anon := struct {
		X int
		Y string
	}{1, "y"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	pts := []Inner{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", pts, pts)
	fmt.Printf("%#v\n", []Inner{{1, 2}})
	type Wrap struct {
		I interface{}
		E error
	}
	fmt.Printf("%v %+v\n", Wrap{}, Wrap{I: 5})
	arr := [2]Inner{}
	fmt.Println(arr)
}
