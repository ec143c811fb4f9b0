package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 1500, 1500 * time.Microsecond, 250 * time.Millisecond,
		1500 * time.Millisecond, 90 * time.Second, time.Hour, 36*time.Hour + 61*time.Second,
		-2 * time.Second, 2*time.Second + 500*time.Microsecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Minutes())
	fmt.Println(d*2, d/3, d+time.Second, d-2*time.Second)
	fmt.Println(d.Round(time.Second), d.Truncate(time.Second), (90 * time.Minute).Hours())
	fmt.Printf("%v %d %s %T\n", d, d, d, d)
	fmt.Println(time.Duration(3) * time.Millisecond)
	fmt.Println([]time.Duration{time.Second, time.Millisecond})
}
