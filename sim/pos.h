/* pos.h - source positions: every user error carries one. */
#ifndef GOCAFE_POS_H
#define GOCAFE_POS_H
#include <stdint.h>

typedef struct Pos {
    int32_t line;         /* 1-based; 0 = no position */
    int32_t col;          /* 1-based, in bytes as Go counts columns */
} Pos;

#endif
