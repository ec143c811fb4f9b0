package main

func main() {
	for i := range 10; {
	}
}
