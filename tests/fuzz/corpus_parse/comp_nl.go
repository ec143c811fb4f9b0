package main

func main() {
	_ = []int{1, 2, 3
	}
}
