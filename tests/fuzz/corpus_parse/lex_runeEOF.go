package main

func main() {
	x := 'a