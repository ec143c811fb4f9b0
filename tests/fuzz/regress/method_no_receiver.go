// want: ./prog.go:7:9: method has no receiver
// want-not: function main is undeclared
// fuzz_front: a parser error that does not stop type checking (gc's p.error)
// must still keep the link error away: go build stops before linking.
package main

func () M() {}

func mainrange() {}
