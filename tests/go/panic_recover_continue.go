package main

import (
	"errors"
	"fmt"
)

func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", name, r)
		}
	}()
	f()
	return nil
}

func main() {
	jobs := []func(){
		func() { fmt.Println("job 0 fine") },
		func() { panic("job 1 broke") },
		func() { var xs []int; xs[0]++ },
		func() { panic(errors.New("job 3 error")) },
	}
	for i, j := range jobs {
		if err := safely(fmt.Sprint("job", i), j); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("all jobs attempted")
}
