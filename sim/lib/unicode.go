// Package unicode as gocafe provides it: classification and case mapping
// with Go's own tables (natives in sim/lib_unicode.c).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsPrint(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	return IsLetter(r) && !IsUpper(r) && !IsLower(r) && ToTitle(r) == r && ToLower(r) != r
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// IsControl reports whether the rune is a control character (C0 or C1).
func IsControl(r rune) bool {
	return r >= 0 && r <= 0x1F || r >= 0x7F && r <= 0x9F
}
