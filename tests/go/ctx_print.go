package main

import (
	"context"
	"fmt"
)

type key struct{}

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Printf("%T %v\n", c, c)
	v := context.WithValue(c, "k", "val")
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(context.WithValue(bg, 7, 8))
	c2, cancel2 := context.WithCancel(v)
	defer cancel2()
	fmt.Println(c2)
	fmt.Printf("%T\n", c.Done())
	fmt.Printf("%T %v\n", context.Canceled, context.Canceled)
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.DeadlineExceeded)
	var i interface{} = context.DeadlineExceeded
	if t, ok := i.(interface{ Timeout() bool }); ok {
		fmt.Println("DeadlineExceeded.Timeout():", t.Timeout())
	}
}
