package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func barista(ctx context.Context, name string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println(name, "goes home")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, name := range []string{"Ana", "Ben", "Cleo"} {
		wg.Add(1)
		go barista(ctx, name, &wg)
	}
	time.Sleep(100 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("lights off")
}
