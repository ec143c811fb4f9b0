package main

func f(a int, string) {}

func main() {}
