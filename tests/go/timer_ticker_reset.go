package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	defer tk.Stop()
	<-tk.C
	fmt.Println("tick at", time.Since(start).Truncate(100*time.Millisecond))
	tk.Reset(300 * time.Millisecond)
	<-tk.C
	fmt.Println("tick at", time.Since(start).Truncate(100*time.Millisecond))
	<-tk.C
	fmt.Println("tick at", time.Since(start).Truncate(100*time.Millisecond))
}
