//go:build ignore

// fmtcases_gen.go prints the scalar Sprintf/Sprint/Sprintln table of
// tests/unit/test_fmt.c, formatted by real Go (not embedded: sim/lib/gen is
// not a library package).
//
//	go run sim/lib/gen/fmtcases_gen.go
package main

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

type c struct {
	f string
	a []any
}

func carg(a any) string {
	switch v := a.(type) {
	case nil:
		return "{'n', .i = 0}"
	case int:
		return fmt.Sprintf("{'i', .i = %d}", v)
	case int8:
		return fmt.Sprintf("{'b', .i = %d}", v)
	case int16:
		return fmt.Sprintf("{'h', .i = %d}", v)
	case int32:
		return fmt.Sprintf("{'w', .i = %d}", v)
	case int64:
		if v == math.MinInt64 {
			return "{'l', .i = INT64_MIN}"
		}
		return fmt.Sprintf("{'l', .i = %d}", v)
	case uint:
		return fmt.Sprintf("{'u', .u = %dULL}", v)
	case uint8:
		return fmt.Sprintf("{'B', .u = %d}", v)
	case uint16:
		return fmt.Sprintf("{'H', .u = %d}", v)
	case uint32:
		return fmt.Sprintf("{'W', .u = %dU}", v)
	case uint64:
		return fmt.Sprintf("{'U', .u = %dULL}", v)
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "{'f', .f = INFINITY}"
		case math.IsInf(v, -1):
			return "{'f', .f = -INFINITY}"
		case math.IsNaN(v):
			return "{'f', .f = NAN}"
		case v == 0 && math.Signbit(v):
			return "{'f', .f = -0.0}"
		}
		return fmt.Sprintf("{'f', .f = %s}", fmt.Sprint(v))
	case float32:
		t := fmt.Sprintf("%v", v)
		if !strings.ContainsAny(t, ".e") {
			t += ".0"
		}
		return fmt.Sprintf("{'g', .f = %sf}", t)
	case string:
		return fmt.Sprintf("{'s', .s = %s}", cq(v))
	case bool:
		if v {
			return "{'t', .i = 1}"
		}
		return "{'t', .i = 0}"
	}
	panic(fmt.Sprintf("%T", a))
}

func main() {
	cases := []c{
		{"%d", []any{42}}, {"%5d", []any{42}}, {"%-5d|", []any{42}}, {"%05d", []any{42}}, {"%05d", []any{-42}},
		{"%+d", []any{42}}, {"%5d", []any{1234567}}, {"%*d", []any{4, 7}}, {"%-*d|", []any{4, 7}}, {"%*d", []any{-4, 7}},
		{"%.3d", []any{7}}, {"%8.3d", []any{-7}}, {"%.0d", []any{0}}, {"%5.0d|", []any{0}}, {"% d", []any{5}}, {"%+ d", []any{5}},
		{"%x", []any{255}}, {"%X", []any{255}}, {"%x", []any{-255}}, {"%#x", []any{255}}, {"%#X", []any{255}}, {"%#o", []any{8}},
		{"%o", []any{8}}, {"%O", []any{8}}, {"%b", []any{5}}, {"%08b", []any{5}}, {"%#b", []any{5}}, {"%#08x", []any{255}},
		{"%d", []any{int8(-128)}}, {"%d", []any{uint8(255)}}, {"%v", []any{int64(math.MaxInt64)}}, {"%v", []any{uint64(math.MaxUint64)}},
		{"%d", []any{int64(math.MinInt64)}}, {"%x", []any{uint64(math.MaxUint64)}}, {"%v", []any{int16(-300)}}, {"%v", []any{uint16(65535)}},
		{"%c", []any{65}}, {"%c", []any{0x4e16}}, {"%q", []any{65}}, {"%q", []any{'x'}}, {"%q", []any{'\n'}}, {"%q", []any{0x7f}},
		{"%+q", []any{0x4e16}}, {"%U", []any{0x1F600}}, {"%#U", []any{0x1F600}}, {"%U", []any{65}}, {"%#U", []any{'x'}}, {"%v", []any{'a'}},
		{"%c", []any{-1}}, {"%q", []any{0x110000}}, {"%8.6U|", []any{65}},
		{"%s", []any{"hi"}}, {"%v", []any{"hi"}}, {"%q", []any{"hi \"there\"\n"}}, {"%#q", []any{"hi"}}, {"%#q", []any{"a`b"}},
		{"%+q", []any{"héllo"}}, {"%q", []any{"héllo\x01\xff"}}, {"%x", []any{"hi"}}, {"%X", []any{"hi"}}, {"% x", []any{"hi"}},
		{"%#x", []any{"hi"}}, {"%# x", []any{"hi"}}, {"%-6s|", []any{"go"}}, {"%6s|", []any{"go"}}, {"%.2s", []any{"hello"}},
		{"%.2s", []any{"héllo"}}, {"%5.1s|", []any{"héllo"}}, {"%06s", []any{"go"}}, {"%-06s|", []any{"go"}}, {"%.1x", []any{"hello"}},
		{"%8x|", []any{"hi"}}, {"%-8x|", []any{"hi"}}, {"%x", []any{""}}, {"%5x|", []any{""}}, {"%q", []any{""}}, {"%s", []any{""}},
		{"%t", []any{true}}, {"%v", []any{false}}, {"%5t|", []any{true}}, {"%d", []any{true}},
		{"%f", []any{1.0}}, {"%.2f", []any{2.675}}, {"%.0f", []any{2.5}}, {"%.0f", []any{3.5}}, {"%08.3f", []any{3.14159}},
		{"%08.3f", []any{-3.14159}}, {"%e", []any{123456.789}}, {"%E", []any{123456.789}}, {"%g", []any{123456.789}}, {"%G", []any{1e-10}},
		{"%g", []any{1e21}}, {"%6.2f%%", []any{12.345}}, {"%v", []any{1e6}}, {"%g", []any{1e6}}, {"%f", []any{1e6}},
		{"%v", []any{0.1 + 0.2}}, {"%v", []any{1e21}}, {"%v", []any{1e20}}, {"%v", []any{123456.0}}, {"%v", []any{1234567.0}},
		{"%v", []any{1234567.5}}, {"%v", []any{123456789.0}}, {"%v", []any{12345678901234567890.0}}, {"%v", []any{100.0}},
		{"%v", []any{0.0}}, {"%v", []any{math.Copysign(0, -1)}}, {"%v", []any{1.0 / 3}}, {"%v", []any{10.0 / 3}}, {"%v", []any{2.0 / 3}},
		{"%v", []any{1e-4}}, {"%v", []any{1e-5}}, {"%v", []any{0.000001234}}, {"%v", []any{float32(0.1)}}, {"%v", []any{float64(float32(0.1))}},
		{"%v %v %v", []any{math.Inf(1), math.Inf(-1), math.NaN()}}, {"%5.1f|", []any{math.Inf(1)}}, {"%05.1f|", []any{math.Inf(-1)}},
		{"%+v", []any{math.NaN()}}, {"% v", []any{math.NaN()}}, {"%+.2f", []any{1.5}}, {"% .2f", []any{1.5}}, {"%+e", []any{0.0}},
		{"%#g", []any{1.0}}, {"%#g", []any{123456789.0}}, {"%#.3g", []any{1.0}}, {"%#v", []any{1.0}}, {"%#f", []any{1.0}}, {"%#.0f", []any{1.0}},
		{"%#.0e", []any{1.0}}, {"%.3g", []any{1.0}}, {"%.3g", []any{1234.5}}, {"%.10g", []any{1.0 / 3}}, {"%g", []any{100000.0}}, {"%g", []any{1000000.0}},
		{"%.3e", []any{0.0}}, {"%e", []any{1e-300}}, {"%.20f", []any{0.1}}, {"%.1f", []any{0.05}}, {"%.1f", []any{0.25}}, {"%.2e", []any{9.999}},
		{"%b", []any{1.0}}, {"%x", []any{1.0}}, {"%X", []any{-3.5}}, {"%.2x", []any{1.0 / 3}}, {"%#x", []any{1.0}},
		{"%v", []any{float32(1e10)}}, {"%v", []any{float32(3.4028235e38)}}, {"%.3f", []any{float32(2.675)}}, {"%e", []any{float32(1) / 3}},
		{"%v", []any{math.MaxFloat64}}, {"%v", []any{math.SmallestNonzeroFloat64}}, {"%g", []any{5e-324}}, {"%10.3v|", []any{3.14159}},
		{"%-10.3v|", []any{3.14159}}, {"%010.3v|", []any{-3.14159}}, {"%v", []any{-1e-7}}, {"%.0e", []any{5.0}}, {"%.0e", []any{15.0}},
		{"%d", []any{"s"}}, {"%s", []any{5}}, {"%d %d", []any{1}}, {"%d", []any{1, 2}}, {"%z", []any{3}}, {"%d", []any{nil}},
		{"%v", []any{nil}}, {"%T", []any{nil}}, {"%s", []any{nil}}, {"%!", []any{}}, {"%", []any{}}, {"abc%", []any{}}, {"%%", []any{}},
		{"%5%", []any{}}, {"%[2]d %[1]d", []any{1, 2}}, {"%[3]d", []any{1, 2}}, {"%[0]d", []any{1}}, {"%[1]d %d", []any{1, 2}},
		{"%[2]*[1]d", []any{12, 5}}, {"%[x]d", []any{1}}, {"%.*d", []any{3, 7}}, {"%.*d", []any{-3, 7}}, {"%*d", []any{"x", 7}},
		{"%.*d", []any{"x", 7}}, {"%d %s", []any{1, "a", 2.5, nil}}, {"%[1]d %[1]x", []any{255}}, {"%T", []any{1}}, {"%T", []any{"s"}},
		{"%T", []any{'x'}}, {"%T", []any{uint8(1)}}, {"%T", []any{1.0}}, {"%T", []any{float32(1)}}, {"%T %T", []any{true, int64(1)}},
		{"%10T|", []any{1}}, {"%v", []any{int32(-5)}}, {"%x", []any{int8(-1)}}, {"%08.3d", []any{-5}}, {"%+05d", []any{5}},
		{"%-+5d|", []any{5}}, {"%#v", []any{"a\"b"}}, {"%#v", []any{42}}, {"%#v", []any{uint(42)}}, {"%#v", []any{true}},
		{"%#v", []any{uint8(10)}}, {"%+v", []any{42}}, {"%p", []any{5}}, {"%w", []any{5}}, {"%v", []any{uint32(7)}},
		{"%s|%v", []any{"\xff", "\xff"}}, {"%q", []any{"\u2028"}}, {"%q", []any{"☺"}}, {"%+q", []any{"☺"}}, {"%x", []any{"\xff\x01"}},
		{"%6.2v|", []any{"hello"}}, {"%c|%c", []any{'☺', uint8(200)}}, {"%5c|", []any{'x'}}, {"%-5c|", []any{'x'}}, {"%05c|", []any{'x'}},
		{"%x", []any{-1}}, {"%o", []any{-8}}, {"%#o", []any{0}}, {"%#x", []any{0}}, {"%.0x", []any{0}}, {"%q", []any{uint8(65)}},
		{"%.2q", []any{"hello"}}, {"%10q|", []any{"hi"}}, {"%-10q|", []any{"hi"}}, {"%010q|", []any{"hi"}},
		{"%U", []any{-1}}, {"%.2f %.2f", []any{1.005, 1.015}}, {"%5.2f|%-8.3e|", []any{3.14159, 3.14159}},
		{"%v %v", []any{int8(-1), uint(3)}}, {"%d%%", []any{50}}, {"%3c|", []any{'☺'}}, {"%v", []any{float32(16777216)}},
		{"%v", []any{float32(-0.0)}}, {"%.1f", []any{-0.04}}, {"%g", []any{0.0001}}, {"%g", []any{0.00001}}, {"%G", []any{1e100}},
		{"%e", []any{1e100}}, {"%.15g", []any{0.1}}, {"%.17g", []any{0.1}}, {"%.100f", []any{1.0}},
	}
	fmt.Println("static const FmtCase fmt_cases[] = {")
	for _, k := range cases {
		out := fmt.Sprintf(k.f, k.a...)
		var args []string
		for _, a := range k.a {
			args = append(args, carg(a))
		}
		for len(args) < 4 {
			args = append(args, "{0}")
		}
		fmt.Printf("    {%s, %s, %d, {%s}},\n", cq(out), cq(k.f), len(k.a), strings.Join(args, ", "))
	}
	fmt.Println("};")
	fmt.Println("static const PrintCase print_cases[] = {")
	pc := [][]any{{"a", 1, 2, "b", nil, true}, {"a", 1, 2, "b", "c", 3.5, true}, {1, 2}, {"a", "b"}, {}, {1.5, float32(2.5)}, {nil, nil}, {"x", 1, "y"}}
	for _, a := range pc {
		var args []string
		for _, x := range a {
			args = append(args, carg(x))
		}
		for len(args) < 7 {
			args = append(args, "{0}")
		}
		fmt.Printf("    {%s, %s, %d, {%s}},\n", cq(fmt.Sprint(a...)), cq(fmt.Sprintln(a...)), len(a), strings.Join(args, ", "))
	}
	fmt.Println("};")
}

var hexFix = regexp.MustCompile(`(\\x[0-9a-f]{2})([0-9a-fA-F])`)

func cq(s string) string {
	return hexFix.ReplaceAllString(fmt.Sprintf("%q", s), `$1""$2`)
}
