package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(100 * time.Millisecond)
	fmt.Println("Reset while pending:", t.Reset(300*time.Millisecond))
	<-t.C
	fmt.Println("fired at", time.Since(start).Truncate(100*time.Millisecond))
	fmt.Println("Reset after firing:", t.Reset(100*time.Millisecond))
	<-t.C
	fmt.Println("fired again at", time.Since(start).Truncate(100*time.Millisecond))
	t.Stop()
	fmt.Println("Reset after Stop:", t.Reset(100*time.Millisecond))
	<-t.C
	fmt.Println("and again at", time.Since(start).Truncate(100*time.Millisecond))
}
