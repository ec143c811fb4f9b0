package main

func main() {
}
}

func g() {}
