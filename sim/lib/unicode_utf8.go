// Package utf8 as gocafe provides it: Go's unicode/utf8 (the string
// scanners are natives in sim/lib_unicode.c; the rest is Go's code).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

func RuneCountInString(s string) (n int)
func DecodeRuneInString(s string) (r rune, size int)
func ValidString(s string) bool

// RuneLen returns the number of bytes required to encode the rune, or -1.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= 0x7F:
		return 1
	case r <= 0x7FF:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= 0xFFFF:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRuneInString(s)
	if r != RuneError || size != 1 {
		return true
	}
	need := 0
	c := s[0]
	switch {
	case c >= 0xF0 && c < 0xF5:
		need = 4
	case c >= 0xE0 && c < 0xF0:
		need = 3
	case c >= 0xC2 && c < 0xE0:
		need = 2
	default:
		return true
	}
	return len(s) < need && ValidString(s)
}

// DecodeRune unpacks the first UTF-8 encoding in p.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return DecodeRuneInString(string(p[:n]))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune unpacks the last UTF-8 encoding in p.
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(string(p))
}

// EncodeRune writes into p the UTF-8 encoding of the rune and returns the
// number of bytes written.
func EncodeRune(p []byte, r rune) int {
	s := string(r)
	for i := 0; i < len(s); i++ {
		p[i] = s[i]
	}
	return len(s)
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}
