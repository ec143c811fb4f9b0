package main

import "fmt"

func level3() {
	defer fmt.Println("level3 deferred")
	panic("deep trouble")
}

func level2() {
	defer fmt.Println("level2 deferred")
	level3()
	fmt.Println("level2 not reached")
}

func level1() (status string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level1 recovered:", r)
			status = "recovered"
		}
	}()
	level2()
	return "normal"
}

func recoverOnlyInDefer() {
	r := recover() // not called by a deferred function: returns nil
	fmt.Println("direct recover:", r)
}

func nestedHelper() interface{} { return recover() }

func indirect() (got interface{}) {
	defer func() {
		got = nestedHelper() // recover not called directly by the deferred func: nil
		if got == nil {
			got = recover()
		}
	}()
	panic("indirect")
}

func main() {
	fmt.Println(level1())
	recoverOnlyInDefer()
	fmt.Println(indirect())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i == 1 {
				panic(fmt.Sprintf("fail at %d", i))
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
	fmt.Println("main continues")
}
