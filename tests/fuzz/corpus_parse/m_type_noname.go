package main

type struct{}

func main() {}
