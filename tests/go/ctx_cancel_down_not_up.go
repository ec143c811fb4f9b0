package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	defer cancelRoot()
	child, cancelChild := context.WithCancel(root)
	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()

	cancelChild()
	fmt.Println("root:", root.Err())
	fmt.Println("child:", child.Err())
	fmt.Println("grandchild:", grand.Err())
	fmt.Println("sibling:", sibling.Err())

	cancelRoot()
	fmt.Println("after cancelling root, sibling:", sibling.Err())
	select {
	case <-grand.Done():
		fmt.Println("grandchild Done is closed")
	default:
		fmt.Println("grandchild Done is open")
	}
}
