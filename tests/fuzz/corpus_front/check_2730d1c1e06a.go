package main

type L []L
type N struct{ next *N }

func main() { var l L; var n N; _, _ = l, n }
