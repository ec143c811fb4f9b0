package main

import (
	"fmt"
	"time"
)

// A sleep-ordered timeline: three goroutines and main interleave at 100ms
// steps, so the order is fixed by time, not by the scheduler.
func say(name string, at ...int) {
	last := 0
	for _, t := range at {
		time.Sleep(time.Duration(t-last) * time.Millisecond)
		last = t
		fmt.Println(t, name)
	}
}

func main() {
	go say("espresso", 100, 400)
	go say("latte", 200, 500)
	go say("mocha", 300)
	say("main", 50, 350, 600)
}
