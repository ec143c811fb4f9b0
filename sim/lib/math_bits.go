// Package bits as gocafe provides it: bit counting and manipulation for
// the predeclared unsigned integer types (natives in sim/lib_math.c).
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

func LeadingZeros(x uint) int     { return 64 - Len64(uint64(x)) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }
func LeadingZeros32(x uint32) int { return 32 - Len64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return 8 - Len64(uint64(x)) }
func Len(x uint) int              { return Len64(uint64(x)) }
func Len32(x uint32) int          { return Len64(uint64(x)) }
func Len8(x uint8) int            { return Len64(uint64(x)) }
func OnesCount(x uint) int        { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int    { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int      { return OnesCount64(uint64(x)) }

func TrailingZeros(x uint) int {
	if x == 0 {
		return UintSize
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func Len64(x uint64) int
func OnesCount64(x uint64) int
func TrailingZeros64(x uint64) int
func Reverse64(x uint64) uint64

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
