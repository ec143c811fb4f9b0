package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// One cancel wakes every goroutine waiting on the context and on its
// children.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := map[string]bool{}
	wait := func(name string, c context.Context) {
		defer wg.Done()
		<-c.Done()
		mu.Lock()
		stopped[name] = true
		mu.Unlock()
	}
	for _, n := range []string{"a", "b", "c"} {
		wg.Add(1)
		go wait(n, ctx)
	}
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	wg.Add(1)
	go wait("child", child)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("before cancel:", len(stopped))
	cancel()
	wg.Wait()
	fmt.Println("after cancel:", stopped)
}
