/* lesson_text.h - a lesson's narrative laid out for a pane (lesson_text.c).
 * Contract: text_layout reflows Markdown paragraphs to w columns and calls
 * put once per row, in order, with the row's bytes and one Style per byte
 * (st is NULL for an empty row); it returns the row count (put may be NULL
 * to count).  Rows never exceed w columns except table lines, which the
 * drawing clips. */
#ifndef GOCAFE_LESSON_TEXT_H
#define GOCAFE_LESSON_TEXT_H
#include "view.h"

typedef void (*TextRowFn)(void *ud, int row, const char *s, const uint8_t *st, size_t n);
int text_layout(const char *text, size_t len, int w, TextRowFn put, void *ud);
/* Draws rows first .. first+h-1 of the layout at (x, y), w wide; returns the
 * row count. */
int text_draw(TextBuf *tb, int x, int y, int w, int h, const char *text, size_t len, int first);

#endif
