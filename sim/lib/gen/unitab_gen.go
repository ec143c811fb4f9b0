//go:build ignore

// unitab_gen.go generates sim/lib_unitab.c: the Unicode tables gocafe's
// unicode, strings and strconv natives use, dumped from the real Go packages
// so the answers are Go's.  Not embedded (sim/lib/gen is not a lib package).
//
//	go run sim/lib/gen/unitab_gen.go < $GOROOT/src/strconv/isprint.go > sim/lib_unitab.c
package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode"
)

func table(name string, t *unicode.RangeTable) {
	fmt.Printf("static const UniRange %s[] = {\n", name)
	n := 0
	for _, r := range t.R16 {
		fmt.Printf("    {0x%04X, 0x%04X, %d},\n", r.Lo, r.Hi, r.Stride)
		n++
	}
	for _, r := range t.R32 {
		fmt.Printf("    {0x%04X, 0x%04X, %d},\n", r.Lo, r.Hi, r.Stride)
		n++
	}
	fmt.Printf("};\n\n")
}

func main() {
	fmt.Println("/* lib_unitab.c - Unicode tables generated from Go " + "by sim/lib/gen/unitab_gen.go: do not edit. */")
	fmt.Println("#include \"lib_int.h\"\n")
	table("uni_upper", unicode.Upper)
	table("uni_lower", unicode.Lower)
	table("uni_letter", unicode.Letter)
	table("uni_digit", unicode.Digit)
	table("uni_number", unicode.Number)
	table("uni_punct", unicode.Punct)
	table("uni_space", unicode.White_Space)
	fmt.Printf("static const UniCase uni_case[] = {\n")
	for _, c := range unicode.CaseRanges {
		fmt.Printf("    {0x%04X, 0x%04X, {%d, %d, %d}},\n", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	fmt.Printf("};\n\n")
	// strconv's IsPrint tables, copied from its source.
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	re := regexp.MustCompile(`(?s)var (isPrint16|isNotPrint16|isPrint32|isNotPrint32) = \[\](uint16|uint32)\{(.*?)\n\}`)
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		fmt.Printf("static const %s_t %s[] = {%s\n};\n\n", m[2], m[1], strings.ReplaceAll(m[3], ",\n", ",\n"))
	}
	fmt.Println(`const UniTables lib_unitab = {
    uni_upper, sizeof uni_upper / sizeof uni_upper[0],
    uni_lower, sizeof uni_lower / sizeof uni_lower[0],
    uni_letter, sizeof uni_letter / sizeof uni_letter[0],
    uni_digit, sizeof uni_digit / sizeof uni_digit[0],
    uni_number, sizeof uni_number / sizeof uni_number[0],
    uni_punct, sizeof uni_punct / sizeof uni_punct[0],
    uni_space, sizeof uni_space / sizeof uni_space[0],
    uni_case, sizeof uni_case / sizeof uni_case[0],
    isPrint16, sizeof isPrint16 / sizeof isPrint16[0],
    isNotPrint16, sizeof isNotPrint16 / sizeof isNotPrint16[0],
    isPrint32, sizeof isPrint32 / sizeof isPrint32[0],
    isNotPrint32, sizeof isNotPrint32 / sizeof isNotPrint32[0],
};`)
}
