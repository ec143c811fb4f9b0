package main

import "fmt"

type Walker interface{ Walk() }

type Rock struct{ W int }

func main() {
	var x interface{} = Rock{3}
	if _, ok := x.(Walker); !ok {
		fmt.Println("rock cannot walk")
	}
	w := x.(Walker)
	w.Walk()
}
