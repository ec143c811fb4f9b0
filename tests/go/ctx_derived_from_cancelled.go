package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	cancel()
	child, cancel2 := context.WithCancel(parent)
	defer cancel2()
	fmt.Println("child of a cancelled parent:", child.Err())
	tctx, cancel3 := context.WithTimeout(parent, time.Hour)
	defer cancel3()
	fmt.Println("timeout child:", tctx.Err())
	v := context.WithValue(parent, "k", 1)
	fmt.Println("value child:", v.Err(), v.Value("k"))
}
