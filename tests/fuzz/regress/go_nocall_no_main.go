// want: ./prog.go:8:5: expression in go must be function call
// want-not: function main is undeclared
// fuzz_front: `go f` without a call is a type error (types2 since Go 1.20);
// no link error after it.
package main

func oain() {
	go func() {}
}
