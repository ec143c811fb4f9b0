// Package sync/atomic as gocafe provides it.  gocafe's scheduler is
// cooperative (a goroutine is never interrupted between two statements
// unless it blocks), so every operation here is atomic as plain Go code; the
// functions and types have Go's names, signatures and results.
package atomic

// ---- functions on pointers ----

func SwapInt32(addr *int32, new int32) (old int32)       { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)       { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32)   { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64)   { old = *addr; *addr = new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func AddInt32(addr *int32, delta int32) (new int32)       { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)       { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)   { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)   { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func LoadInt32(addr *int32) (val int32)       { return *addr }
func LoadInt64(addr *int64) (val int64)       { return *addr }
func LoadUint32(addr *uint32) (val uint32)    { return *addr }
func LoadUint64(addr *uint64) (val uint64)    { return *addr }
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// ---- types (Go 1.19) ----

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Bool is an atomic boolean value.  The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return x.v != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { x.v = b32(val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { old = x.v != 0; x.v = b32(new); return }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// An Int32 is an atomic int32.  The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                            { return x.v }
func (x *Int32) Store(val int32)                        { x.v = val }
func (x *Int32) Swap(new int32) (old int32)             { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool     { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)            { return AddInt32(&x.v, delta) }

// An Int64 is an atomic int64.  The zero value is zero.
type Int64 struct {
	_ noCopy
	v int64
}

func (x *Int64) Load() int64                            { return x.v }
func (x *Int64) Store(val int64)                        { x.v = val }
func (x *Int64) Swap(new int64) (old int64)             { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool     { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)            { return AddInt64(&x.v, delta) }

// A Uint32 is an atomic uint32.  The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                          { return x.v }
func (x *Uint32) Store(val uint32)                      { x.v = val }
func (x *Uint32) Swap(new uint32) (old uint32)          { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool   { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)         { return AddUint32(&x.v, delta) }

// A Uint64 is an atomic uint64.  The zero value is zero.
type Uint64 struct {
	_ noCopy
	v uint64
}

func (x *Uint64) Load() uint64                          { return x.v }
func (x *Uint64) Store(val uint64)                      { x.v = val }
func (x *Uint64) Swap(new uint64) (old uint64)          { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool   { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)         { return AddUint64(&x.v, delta) }

// A Uintptr is an atomic uintptr.  The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return x.v }
func (x *Uintptr) Store(val uintptr)                    { x.v = val }
func (x *Uintptr) Swap(new uintptr) (old uintptr)       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr)      { return AddUintptr(&x.v, delta) }

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v   any
	set bool
}

// Load returns the value set by the most recent Store, or nil.
func (v *Value) Load() (val any) {
	return v.v
}

func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.set && !sameType(v.v, val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
	v.set = true
}

// Swap stores new into Value and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	v.set = true
	return
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	v.check(new, "compare and swap")
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != old {
		return false
	}
	v.v = new
	v.set = true
	return true
}

func sameType(a, b any) bool
