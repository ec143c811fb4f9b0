package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	<-t.C // a stopped timer never fires and keeps nothing alive
}
