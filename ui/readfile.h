/* readfile.h - reading a whole text file (a Go program, a lesson, an
 * exercise) into memory, for every part of ui/. */
#ifndef GOCAFE_READFILE_H
#define GOCAFE_READFILE_H
#include <stddef.h>

/* The file's bytes, NUL-terminated, length in *len; NULL with errno set when
 * it cannot be read, or EFBIG when it is larger than max bytes (a source
 * that large is not a lesson: refusing it keeps memory bounded). */
char *ui_read_file(const char *path, size_t max, size_t *len);

#endif
