package main

import "fmt"

type T struct {
	a, b int
	*sync.Mutex
	c string `json:"c"`
}

func (t *T) M(x int, y ...string) (int, error) { return 0, nil }

func main() {
	x := 1
	if x == 1 {
		fmt.Println("hi", x)
	}
	for i := range 10 {
		_ = i
	}
	ch := make(chan int)
	select {
	case v := <-ch:
		_ = v
	default:
	}
	switch v := any(x).(type) {
	case int, nil:
	}
	m := map[string][]int{"a": {1, 2}}
	_ = m
}
