/* parse_print.c - the syntax tree as text: gc's short-form expression printer
 * (syntax.String, used in error messages such as "cannot use x := 1 as value")
 * and the indented debug dump used by the tests.  No allocation. */
#include "parse.h"
#include <string.h>


typedef struct Buf { char *s; size_t n, cap; } Buf;

static void bput(Buf *b, const char *s, size_t n)
{
    if (b->n + n >= b->cap) n = b->cap - b->n - 1;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }

static void print_node(Buf *b, Node *n, int depth);

static void print_list(Buf *b, Node **v, int n, int depth)
{
    for (int i = 0; i < n; i++) {
        if (i) bputs(b, ", ");
        print_node(b, v[i], depth);
    }
}

static void print_fields(Buf *b, Node **v, int n, const char *sep, int depth)
{
    for (int i = 0; i < n; i++) {
        if (i) bputs(b, sep);
        print_list(b, v[i]->names, v[i]->nnames, depth);
        if (v[i]->nnames) bputs(b, " ");
        print_node(b, v[i]->x, depth);
    }
}

static void print_sig(Buf *b, Node *ft, int depth)
{
    bputs(b, "(");
    print_fields(b, ft->list, ft->nlist, ", ", depth);
    bputs(b, ")");
    if (ft->nlist2 == 1 && ft->list2[0]->nnames == 0) {
        bputs(b, " ");
        print_node(b, ft->list2[0]->x, depth);
    } else if (ft->nlist2 > 0) {
        bputs(b, " (");
        print_fields(b, ft->list2, ft->nlist2, ", ", depth);
        bputs(b, ")");
    }
}

static void print_node(Buf *b, Node *n, int depth)
{
    if (!n || b->n + 1 >= b->cap) return;   /* full: skip the rest of a huge tree */
    if (depth > 50) { bputs(b, "…"); return; }
    depth++;
    switch (n->kind) {
    case N_BAD: bputs(b, "<bad expr>"); break;
    case N_IDENT: bputs(b, n->name); break;
    case N_BASICLIT: bput(b, n->lit, (size_t)n->litlen); break;
    case N_FUNCLIT:
        bputs(b, "func");
        print_sig(b, n->x, depth);
        bputs(b, n->y && n->y->nlist ? " {…}" : " {}");
        break;
    case N_COMPOSITE:
        print_node(b, n->x, depth);
        bputs(b, n->nlist ? "{…}" : "{}");
        break;
    case N_PAREN: bputs(b, "("); print_node(b, n->x, depth); bputs(b, ")"); break;
    case N_SELECTOR: print_node(b, n->x, depth); bputs(b, "."); bputs(b, n->name); break;
    case N_INDEX:
        print_node(b, n->x, depth);
        bputs(b, "[");
        if (n->nlist) print_list(b, n->list, n->nlist, depth);
        else print_node(b, n->y, depth);
        bputs(b, "]");
        break;
    case N_SLICEEXPR:
        print_node(b, n->x, depth);
        bputs(b, "[");
        print_node(b, n->y, depth);
        bputs(b, ":");
        print_node(b, n->z, depth);
        if (n->w) { bputs(b, ":"); print_node(b, n->w, depth); }
        bputs(b, "]");
        break;
    case N_TYPEASSERT:
        if (n->w) { print_node(b, n->w, depth); bputs(b, " := "); }
        print_node(b, n->x, depth);
        bputs(b, ".(");
        if (n->y) print_node(b, n->y, depth);
        else bputs(b, "type");
        bputs(b, ")");
        break;
    case N_CALL:
        print_node(b, n->x, depth);
        bputs(b, "(");
        print_list(b, n->list, n->nlist, depth);
        if (n->flags & NF_ELLIPSIS) bputs(b, "...");
        bputs(b, ")");
        break;
    case N_STAR: bputs(b, "*"); print_node(b, n->x, depth); break;
    case N_UNARY: bputs(b, tok_str(n->op)); print_node(b, n->x, depth); break;
    case N_BINARY:
        print_node(b, n->x, depth);
        bputs(b, " "); bputs(b, tok_str(n->op)); bputs(b, " ");
        print_node(b, n->y, depth);
        break;
    case N_KEYVALUE: print_node(b, n->x, depth); bputs(b, ": "); print_node(b, n->y, depth); break;
    case N_ARRAYTYPE:
        bputs(b, "[");
        if (n->flags & NF_ELLIPSIS_LEN) bputs(b, "...");
        else print_node(b, n->x, depth);
        bputs(b, "]");
        print_node(b, n->y, depth);
        break;
    case N_ELLIPSIS: bputs(b, "..."); print_node(b, n->x, depth); break;
    case N_STRUCTTYPE: bputs(b, "struct{"); print_fields(b, n->list, n->nlist, "; ", depth); bputs(b, "}"); break;
    case N_FUNCTYPE: bputs(b, "func"); print_sig(b, n, depth); break;
    case N_INTERFACETYPE:
        bputs(b, "interface{");
        for (int i = 0; i < n->nlist; i++) {
            Node *f = n->list[i];
            if (i) bputs(b, "; ");
            if (f->nnames && f->x && f->x->kind == N_FUNCTYPE) {
                bputs(b, f->names[0]->name);
                print_sig(b, f->x, depth);
            } else {
                print_node(b, f->x, depth);
            }
        }
        bputs(b, "}");
        break;
    case N_MAPTYPE:
        bputs(b, "map["); print_node(b, n->x, depth); bputs(b, "]"); print_node(b, n->y, depth);
        break;
    case N_CHANTYPE:
        bputs(b, n->dir == CHAN_RECV ? "<-chan" : n->dir == CHAN_SEND ? "chan<-" : "chan");
        bputs(b, " ");
        if (n->dir == CHAN_BOTH && n->x && n->x->kind == N_CHANTYPE && n->x->dir == CHAN_RECV) {
            bputs(b, "("); print_node(b, n->x, depth); bputs(b, ")");
        } else {
            print_node(b, n->x, depth);
        }
        break;
    case N_EXPRSTMT: print_node(b, n->x, depth); break;
    case N_SEND: print_node(b, n->x, depth); bputs(b, " <- "); print_node(b, n->y, depth); break;
    case N_INCDEC: print_node(b, n->x, depth); bputs(b, tok_str(n->op)); break;
    case N_ASSIGN:
        print_list(b, n->list, n->nlist, depth);
        bputs(b, " "); bputs(b, tok_str(n->op)); bputs(b, " ");
        print_list(b, n->list2, n->nlist2, depth);
        break;
    default: bputs(b, "…"); break;
    }
}

size_t ast_expr_str(Node *n, char *buf, size_t cap)
{
    if (cap == 0) return 0;
    Buf b = { buf, 0, cap };
    buf[0] = 0;
    print_node(&b, n, 0);
    return b.n;
}


/* ---- debug dump ---- */

static void dump(Node *n, FILE *out, int ind, const char *slot, int depth);

static void dump_list(Node **v, int n, FILE *out, int ind, const char *slot, int depth)
{
    for (int i = 0; i < n; i++) dump(v[i], out, ind, slot, depth);
}

static void dump(Node *n, FILE *out, int ind, const char *slot, int depth)
{
    if (!n) return;
    fprintf(out, "%*s", ind * 2, "");
    if (slot) fprintf(out, "%s: ", slot);
    if (depth > 200) { fprintf(out, "...\n"); return; }
    fprintf(out, "%s", ast_kind_name(n->kind));
    if (n->name) fprintf(out, " %s", n->name);
    if (n->kind == N_BASICLIT) {
        static const char *const lk[] = { "INT", "FLOAT", "IMAG", "CHAR", "STRING" };
        fprintf(out, " %s", n->op >= TK_INT && n->op <= TK_STRING ? lk[n->op - TK_INT] : "?");
    } else if (n->op) {
        fprintf(out, " op=%s", tok_str(n->op));
    }
    if (n->kind == N_BASICLIT || ((n->kind == N_IMPORT || n->kind == N_FIELD) && n->lit))
        fprintf(out, " %.*s", n->litlen, n->lit);
    if (n->kind == N_CHANTYPE)
        fprintf(out, " dir=%s", n->dir == CHAN_SEND ? "send" : n->dir == CHAN_RECV ? "recv" : "both");
    if (n->kind == N_VALUESPEC) fprintf(out, " iota=%lld", (long long)n->ival);
    if (n->flags & NF_ELLIPSIS) fprintf(out, " ...");
    if (n->flags & NF_SLICE3) fprintf(out, " slice3");
    if (n->flags & NF_ELLIPSIS_LEN) fprintf(out, " [...]");
    if (n->flags & NF_ALIAS) fprintf(out, " alias");
    if (n->flags & NF_TYPEPARAMS) fprintf(out, " typeparams");
    if (n->flags & NF_BAD) fprintf(out, " bad");
    fprintf(out, " @%d:%d\n", n->pos.line, n->pos.col);
    dump_list(n->names, n->nnames, out, ind + 1, "names", depth + 1);
    dump(n->x, out, ind + 1, "x", depth + 1);
    dump(n->y, out, ind + 1, "y", depth + 1);
    dump(n->z, out, ind + 1, "z", depth + 1);
    dump(n->w, out, ind + 1, "w", depth + 1);
    dump_list(n->list, n->nlist, out, ind + 1, "list", depth + 1);
    dump_list(n->list2, n->nlist2, out, ind + 1, "list2", depth + 1);
}

void ast_dump(Node *n, FILE *out) { dump(n, out, 0, NULL, 0); }
