package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b1010, 1_000_000, 0x_FF)
	fmt.Println(1e3, 2.5e-3, .5, 1., 0x1p4, 6.02e23)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\t')
	fmt.Printf("%q %q %q\n", "\a\b\f\v", "\x00\xff", "\u2318")
	raw := `C:\path\to "file"
second line`
	fmt.Println(raw, len(raw))
	café := "naïve"
	π := 3.14
	fmt.Println(café, π)
	const big = 0xFFFFFFFFFFFFFFFF
	fmt.Println(uint64(big), big>>60)
	fmt.Println("multi" +
		"line" +
		"concat")
	fmt.Println(len("日本"), len(`\n`), "\101\102")
}
