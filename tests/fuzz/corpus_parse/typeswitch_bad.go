package main

func main() {
	var x any
	switch a, b := x.(type) {
	}
}
