// Package os as gocafe provides it: Exit, and Stdout/Stderr as writers of
// the simulated program's output.  Files, the environment and processes of
// the host are deliberately absent: a simulated program never reaches them.
package os

// File is an open output stream of the simulated program.
type File struct {
	fd   int
	name string
}

// Args holds only a program name: the simulated program gets no arguments
// from the host.
var Args = []string{"main"}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Write writes len(b) bytes to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return writeString(f.fd, s), nil
}

// Name returns the name of the file.
func (f *File) Name() string {
	return f.name
}

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

func write(fd int, b []byte) int
func writeString(fd int, s string) int
