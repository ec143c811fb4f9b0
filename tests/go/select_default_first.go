// A select whose default clause is written before its communication cases:
// a ready case still wins (the default runs only when no case is ready).
package main

import "fmt"

func recvNB(c chan int) (int, bool) {
	select {
	default:
		return 0, false
	case x := <-c:
		return x, true
	}
}

func sendNB(c chan int, v int) bool {
	select {
	default:
		return false
	case c <- v:
		return true
	}
}

func main() {
	buf := make(chan int, 2)
	fmt.Println(sendNB(buf, 1), sendNB(buf, 2), sendNB(buf, 3))
	fmt.Println(recvNB(buf))
	fmt.Println(recvNB(buf))
	fmt.Println(recvNB(buf))
	closed := make(chan int)
	close(closed)
	fmt.Println(recvNB(closed))
	var nilc chan int
	fmt.Println(recvNB(nilc))
	fmt.Println(sendNB(nilc, 1))
	ready, idle := make(chan string, 1), make(chan string)
	ready <- "ready"
	for i := 0; i < 2; i++ {
		select {
		default:
			fmt.Println("default")
		case s := <-idle:
			fmt.Println(s)
		case s := <-ready:
			fmt.Println(s)
		}
	}
}
