// Package runtime as gocafe provides it: the dynamic types of the runtime's
// own panic values (see rt.h), so that recover() gives values whose %v, %T
// and Error() are Go's, and a few scheduler queries.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that
	// are run time errors from ordinary errors.
	RuntimeError()
}

// An errorString is a runtime error; its text has no "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a runtime error printed without the "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError is an index or slice expression out of range; msg is the
// full text, with the prefix.
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	return e.msg
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	return e.msg
}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GC runs a garbage collection (a no-op in gocafe: nothing is collected).
func GC() {}

// Goexit terminates the goroutine that calls it, after running its deferred
// calls.  The compiler turns every direct call of runtime.Goexit into the
// VM's GOEXIT instruction; this body (itself such a call) serves calls
// through a function value, e.g. `defer runtime.Goexit()`.
func Goexit() {
	Goexit()
}

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting.  gocafe simulates one P:
// it always returns 1 and ignores n.
func GOMAXPROCS(n int) int {
	return 1
}

// NumCPU returns the number of logical CPUs usable by the current process:
// 1 in gocafe's simulation.
func NumCPU() int {
	return 1
}

// Version returns the Go tree's version string.
func Version() string {
	return "go1.19.8"
}

// GOOS and GOARCH are those of the Go Playground.
const GOOS string = "linux"
const GOARCH string = "amd64"
