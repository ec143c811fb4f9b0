/* lex.h - Go tokens and the lexer (with Go's automatic semicolon rule).
 *
 * Tokens point into the source text; the lexer allocates nothing.  A semicolon
 * inserted by the newline rule has text "\n" (Go's diagnostics call it
 * "newline"); one inserted at EOF has text "" ("EOF").
 */
#ifndef GOCAFE_LEX_H
#define GOCAFE_LEX_H
#include <stddef.h>
#include "pos.h"

#define TOKEN_LIST(X) \
    X(TK_EOF, "EOF") X(TK_ERROR, "error") \
    X(TK_IDENT, "name") X(TK_INT, "literal") X(TK_FLOAT, "literal") \
    X(TK_IMAG, "literal") X(TK_CHAR, "literal") X(TK_STRING, "literal") \
    /* operators */ \
    X(TK_ADD, "+") X(TK_SUB, "-") X(TK_MUL, "*") X(TK_QUO, "/") X(TK_REM, "%") \
    X(TK_AND, "&") X(TK_OR, "|") X(TK_XOR, "^") X(TK_SHL, "<<") X(TK_SHR, ">>") \
    X(TK_AND_NOT, "&^") \
    X(TK_ADD_ASSIGN, "+=") X(TK_SUB_ASSIGN, "-=") X(TK_MUL_ASSIGN, "*=") \
    X(TK_QUO_ASSIGN, "/=") X(TK_REM_ASSIGN, "%=") X(TK_AND_ASSIGN, "&=") \
    X(TK_OR_ASSIGN, "|=") X(TK_XOR_ASSIGN, "^=") X(TK_SHL_ASSIGN, "<<=") \
    X(TK_SHR_ASSIGN, ">>=") X(TK_AND_NOT_ASSIGN, "&^=") \
    X(TK_LAND, "&&") X(TK_LOR, "||") X(TK_ARROW, "<-") X(TK_INC, "++") X(TK_DEC, "--") \
    X(TK_EQL, "==") X(TK_LSS, "<") X(TK_GTR, ">") X(TK_ASSIGN, "=") X(TK_NOT, "!") \
    X(TK_NEQ, "!=") X(TK_LEQ, "<=") X(TK_GEQ, ">=") X(TK_DEFINE, ":=") \
    X(TK_ELLIPSIS, "...") X(TK_LPAREN, "(") X(TK_LBRACK, "[") X(TK_LBRACE, "{") \
    X(TK_COMMA, ",") X(TK_PERIOD, ".") X(TK_RPAREN, ")") X(TK_RBRACK, "]") \
    X(TK_RBRACE, "}") X(TK_SEMICOLON, ";") X(TK_COLON, ":") X(TK_TILDE, "~") \
    /* keywords */ \
    X(TK_BREAK, "break") X(TK_CASE, "case") X(TK_CHAN, "chan") X(TK_CONST, "const") \
    X(TK_CONTINUE, "continue") X(TK_DEFAULT, "default") X(TK_DEFER, "defer") \
    X(TK_ELSE, "else") X(TK_FALLTHROUGH, "fallthrough") X(TK_FOR, "for") \
    X(TK_FUNC, "func") X(TK_GO, "go") X(TK_GOTO, "goto") X(TK_IF, "if") \
    X(TK_IMPORT, "import") X(TK_INTERFACE, "interface") X(TK_MAP, "map") \
    X(TK_PACKAGE, "package") X(TK_RANGE, "range") X(TK_RETURN, "return") \
    X(TK_SELECT, "select") X(TK_STRUCT, "struct") X(TK_SWITCH, "switch") \
    X(TK_TYPE, "type") X(TK_VAR, "var")

typedef enum TokKind {
#define X(k, s) k,
    TOKEN_LIST(X)
#undef X
    TK_NKINDS
} TokKind;

typedef struct Token {
    TokKind kind;
    const char *text;     /* into the source (not NUL-terminated) */
    int len;
    Pos pos;
    unsigned char bad;    /* literal with a lexical error (already reported) */
} Token;

typedef struct Lexer {
    const char *src, *end, *cur;
    int line;
    const char *line_start;
    TokKind last;         /* for the semicolon rule */
    int ch, chw;          /* current character (-1 at EOF) and its byte width;
                             it starts at cur - chw (gc scanner's model) */
    /* errors are reported through this callback (may be NULL) */
    void (*error)(void *ud, Pos pos, const char *msg);
    void *ud;
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len);
Token lex_next(Lexer *lx);
const char *tok_str(TokKind k);   /* "+", "func", "name", ... */

#endif
