package main

type Status struct{ code int }

func (s Status) String() string { return "status is bad" }

func main() {
	panic(Status{500})
}
