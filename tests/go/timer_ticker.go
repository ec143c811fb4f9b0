package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i, time.Since(start).Truncate(100*time.Millisecond))
	}
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
