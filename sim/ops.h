/* ops.h - the instruction set of the gocafe VM.
 *
 * A register machine in the style of Lua 5.4: every local variable and every
 * temporary of a function is a slot R[i] = g->stack[frame->base + i].  An
 * instruction is one opcode word followed by a fixed number of operand words
 * (all uint32_t, see program.h's Instr), so operands are never too narrow:
 *
 *     +--------+--------+--------+-----
 *     | opcode |  op 1  |  op 2  | ...        (count given per opcode below)
 *     +--------+--------+--------+-----
 *
 * Operand kinds (the format string of each op, used by the disassembler):
 *   r  register (slot index in the frame)      k  constant-pool index
 *   i  signed 32-bit immediate                  j  absolute jump target (word index)
 *   f  index into Program.funcs                 n  count
 *   t  constant-pool index of a Type*           s  constant-pool index of a GoString* (name)
 *
 * Types are resolved at compile time: there is one opcode per machine
 * operation (ADD_INT, ADD_F64, EQ_STR...).  Sized integers are computed in 64
 * bits and re-wrapped by SEXT/ZEXT; float32 results are rounded by F32.
 *
 * Calls: arguments are placed in consecutive registers R[a..a+n); the callee's
 * frame starts at R[a] (its parameters are its first locals), and it returns
 * its results in R[a..a+nresults).  No copying per call, no malloc per call.
 *
 * Each line: X(NAME, noperands, "format")  followed by a comment saying what it
 * does to the registers (its "stack effect").  Generates the enum (OP_NAME),
 * the names and the formats for the disassembler, and the VM's jump table.
 */
#ifndef GOCAFE_OPS_H
#define GOCAFE_OPS_H

#define GOCAFE_OPS(X) \
    X(NOP,        0, "")        /* - */ \
    X(MOVE,       2, "rr")      /* R[a] = R[b] */ \
    X(LOADI,      2, "ri")      /* R[a].i = imm */ \
    X(LOADK,      2, "rk")      /* R[a] = K[b] */ \
    X(LOADNIL,    1, "r")       /* R[a].p = NULL (also 0, false) */ \
    X(LOADFN,     2, "rf")      /* R[a] = new GoFunc for funcs[b] (function value) */ \
    X(ZERO,       2, "rt")      /* R[a] = zero value of type K[b] (allocates aggregates) */ \
    X(COPY,       3, "rrt")     /* R[a] = deep copy of R[b] of aggregate type K[c] */ \
    X(COPYINTO,   3, "rrt")     /* deep copy aggregate R[b] of type K[c] INTO the existing \
                                   aggregate R[a] (s = T{...}: &s.f, a[:] observe it) */ \
    /* globals, boxes (escaping locals), free variables of closures */ \
    X(LOADG,      2, "rn")      /* R[a] = globals[b] */ \
    X(STOREG,     2, "nr")      /* globals[a] = R[b] */ \
    X(ADDRG,      2, "rn")      /* R[a].p = &globals[b] */ \
    X(BOXV,       2, "rr")      /* R[a].p = new Box{v: R[b]} */ \
    X(LOADBOX,    2, "rr")      /* R[a] = ((Box*)R[b])->v */ \
    X(STOREBOX,   2, "rr")      /* ((Box*)R[a])->v = R[b] */ \
    X(ADDRBOX,    2, "rr")      /* R[a].p = &((Box*)R[b])->v */ \
    X(LOADFREE,   2, "rn")      /* R[a] = closure->free[b]->v */ \
    X(STOREFREE,  2, "nr")      /* closure->free[a]->v = R[b] */ \
    X(ADDRFREE,   2, "rn")      /* R[a].p = &closure->free[b]->v */ \
    X(FREEBOX,    2, "rn")      /* R[a].p = closure->free[b] (the Box itself) */ \
    X(PTRBOX,     2, "rr")      /* R[a].p = &(new Box{v: R[b]})->v   (&T{}, new(T)) */ \
    X(LOADPTR,    2, "rr")      /* R[a] = *(Value*)R[b]   (nil check) */ \
    X(STOREPTR,   2, "rr")      /* *(Value*)R[a] = R[b]   (nil check) */ \
    X(NILCHK,     1, "r")       /* panic if R[a].p == NULL */ \
    /* struct fields (and constant array indices): R[o] is a GoArray* */ \
    X(GETF,       3, "rrn")     /* R[a] = R[b].arr->v[c] */ \
    X(SETF,       3, "rnr")     /* R[a].arr->v[b] = R[c] */ \
    X(ADDRF,      3, "rrn")     /* R[a].p = &R[b].arr->v[c] */ \
    X(PGETF,      3, "rrn")     /* R[a] = (*(Value*)R[b]).arr->v[c]  (nil check) */ \
    X(PSETF,      3, "rnr")     /* (*(Value*)R[a]).arr->v[b] = R[c]  (nil check) */ \
    X(PADDRF,     3, "rrn")     /* R[a].p = &(*(Value*)R[b]).arr->v[c] (nil check) */ \
    /* indexing with bounds checks */ \
    X(AGET,       3, "rrr")     /* R[a] = R[b].arr->v[R[c]] */ \
    X(ASET,       3, "rrr")     /* R[a].arr->v[R[b]] = R[c] */ \
    X(AADDR,      3, "rrr")     /* R[a].p = &R[b].arr->v[R[c]] */ \
    X(SGET,       3, "rrr")     /* R[a] = slice R[b][R[c]] */ \
    X(SSET,       3, "rrr")     /* slice R[a][R[b]] = R[c] */ \
    X(SADDR,      3, "rrr")     /* R[a].p = &slice R[b][R[c]] */ \
    X(STRGET,     3, "rrr")     /* R[a].i = byte R[c] of string R[b] */ \
    X(LEN_STR,    2, "rr")      /* R[a].i = len(string R[b]) */ \
    X(LEN_SL,     2, "rr")      /* R[a].i = len(slice R[b]) */ \
    X(CAP_SL,     2, "rr")      /* R[a].i = cap(slice R[b]) */ \
    X(LEN_MAP,    2, "rr")      /* R[a].i = len(map R[b]) */ \
    X(SLICE,      6, "rrrrrn")  /* R[a] = R[b][R[c]:R[d]:R[e]] on a slice; f: 1 lo, 2 hi, 4 max given */ \
    X(SLICE_ARR,  6, "rrrrrn")  /* the same on an array (GoArray*), sharing it */ \
    X(SLICE_STR,  5, "rrrrn")   /* R[a] = string R[b][R[c]:R[d]]; e: 1 lo, 2 hi */ \
    /* maps; t is the map type */ \
    X(MAPNEW,     3, "rtr")     /* R[a] = make(map, hint R[c]) */ \
    X(MAPGET,     4, "rrrt")    /* R[a] = R[b][R[c]] (zero value when absent) */ \
    X(MAPGET2,    4, "rrrt")    /* R[a], R[a+1] = R[b][R[c]] (comma-ok) */ \
    X(MAPSET,     3, "rrr")     /* R[a][R[b]] = R[c] (panics on nil map) */ \
    X(MAPREF,     3, "rrr")     /* R[a].p = &R[b][R[c]] (inserting a zero value): m[k] op= v */ \
    X(MAPADDI,    3, "rri")     /* R[a][R[b]] += imm, 64-bit integer elements (m[k]++; inserts zero) */ \
    X(MAPADD_INT, 3, "rrr")     /* R[a][R[b]] += R[c], 64-bit integer elements (m[k] += v) */ \
    X(MAPDEL,     3, "rrt")     /* delete(R[a], R[b]), K[c] = map type */ \
    X(MAPITER,    2, "rr")      /* R[a].p = iterator over map R[b] */ \
    X(MAPNEXT,    4, "rrrj")    /* R[b], R[c] = next of iterator R[a], or goto d when done */ \
    X(MAPCLEAR,   1, "r")       /* clear(map R[a]) */ \
    /* integer arithmetic (64-bit, wrapping) */ \
    X(ADD_INT,    3, "rrr")     /* R[a] = R[b] + R[c] */ \
    X(SUB_INT,    3, "rrr") \
    X(MUL_INT,    3, "rrr") \
    X(DIV_INT,    3, "rrr")     /* signed; panics on 0; MinInt64/-1 wraps */ \
    X(MOD_INT,    3, "rrr") \
    X(DIV_UINT,   3, "rrr") \
    X(MOD_UINT,   3, "rrr") \
    X(AND,        3, "rrr") \
    X(OR,         3, "rrr") \
    X(XOR,        3, "rrr") \
    X(ANDNOT,     3, "rrr") \
    X(SHL,        3, "rrr")     /* count R[c] as unsigned; >= 64 gives 0 */ \
    X(SHL_S,      3, "rrr")     /* count signed: negative panics */ \
    X(SHR_INT,    3, "rrr")     /* arithmetic shift, count unsigned */ \
    X(SHR_INT_S,  3, "rrr") \
    X(SHR_UINT,   3, "rrr")     /* logical shift, count unsigned */ \
    X(SHR_UINT_S, 3, "rrr") \
    X(ADDI,       3, "rri")     /* R[a] = R[b] + imm */ \
    X(MULI,       3, "rri")     /* R[a] = R[b] * imm */ \
    X(ANDI,       3, "rri")     /* R[a] = R[b] & imm (imm sign-extended) */ \
    X(MODI,       4, "rrik")    /* R[a].i = R[b].i % imm  (signed, imm > 0: never panics); \
                                   K[d].u = 2^64/imm rounded up: |R[b]| < 2^32 takes a \
                                   multiply (Lemire's fastmod) instead of a divide */ \
    X(NEG_INT,    2, "rr") \
    X(BNOT,       2, "rr")      /* ^x */ \
    X(NOT,        2, "rr")      /* !b */ \
    X(SEXT8,      1, "r")       /* re-wrap R[a] to int8 */ \
    X(SEXT16,     1, "r") \
    X(SEXT32,     1, "r") \
    X(ZEXT8,      1, "r") \
    X(ZEXT16,     1, "r") \
    X(ZEXT32,     1, "r") \
    /* floats */ \
    X(ADD_F64,    3, "rrr") \
    X(SUB_F64,    3, "rrr") \
    X(MUL_F64,    3, "rrr") \
    X(DIV_F64,    3, "rrr") \
    X(NEG_F64,    2, "rr") \
    X(F32,        1, "r")       /* round R[a] to float32 precision */ \
    /* strings */ \
    X(CONCAT,     3, "rrr")     /* R[a] = R[b] + R[c] */ \
    /* comparisons producing bool (a > b is emitted as b < a) */ \
    X(EQ_INT,     3, "rrr")     /* ints, bools, pointers, chans, funcs/maps vs nil */ \
    X(NE_INT,     3, "rrr") \
    X(LT_INT,     3, "rrr") \
    X(LE_INT,     3, "rrr") \
    X(LT_UINT,    3, "rrr") \
    X(LE_UINT,    3, "rrr") \
    X(EQ_F64,     3, "rrr") \
    X(NE_F64,     3, "rrr") \
    X(LT_F64,     3, "rrr") \
    X(LE_F64,     3, "rrr") \
    X(EQ_STR,     3, "rrr") \
    X(NE_STR,     3, "rrr") \
    X(LT_STR,     3, "rrr") \
    X(LE_STR,     3, "rrr") \
    X(EQ_GEN,     4, "rrrt")    /* R[a] = R[b] == R[c] by rt_equal on type K[d] (may panic) */ \
    X(NE_GEN,     4, "rrrt") \
    /* jumps; the budget is charged on backward jumps */ \
    X(JMP,        1, "j") \
    X(JT,         2, "rj")      /* if R[a].i goto b */ \
    X(JF,         2, "rj") \
    X(JEQ_INT,    3, "rrj")     /* if R[a] == R[b] goto c */ \
    X(JNE_INT,    3, "rrj") \
    X(JLT_INT,    3, "rrj") \
    X(JLE_INT,    3, "rrj") \
    X(JEQI,       3, "rij")     /* if R[a] == imm goto c */ \
    X(JNEI,       3, "rij") \
    X(JLTI,       3, "rij") \
    X(JLEI,       3, "rij") \
    X(JGTI,       3, "rij") \
    X(JGEI,       3, "rij") \
    X(FORLOOP,    3, "rrj")     /* if ++R[a] < R[b] goto c  (for i := ...; i < n; i++ / range) */ \
    X(FORLOOPI,   3, "rij")     /* if ++R[a] < imm goto c */ \
    X(JNIL,       2, "rj")      /* if R[a].p == NULL goto b */ \
    X(JNOTNIL,    2, "rj") \
    /* conversions */ \
    X(I2F,        2, "rr")      /* float64(int) */ \
    X(U2F,        2, "rr")      /* float64(uint64) */ \
    X(F2I,        2, "rr")      /* int64(float) */ \
    X(F2U,        2, "rr")      /* uint64(float) */ \
    X(RUNE2STR,   2, "rr")      /* string(rune) */ \
    X(BYTES2STR,  2, "rr") \
    X(STR2BYTES,  2, "rr") \
    X(RUNES2STR,  2, "rr") \
    X(STR2RUNES,  2, "rr") \
    X(STRNEXT,    3, "rrr")     /* R[a] = rune at R[c] of string R[b], R[a+1] = its width */ \
    /* interfaces */ \
    X(BOX,        3, "rrt")     /* R[a] = interface holding R[b] of concrete type K[c] (copies aggregates) */ \
    X(ASSERT,     4, "rrtt")    /* R[a] = R[b].(K[c]); K[d] = static iface type; panics */ \
    X(ASSERT2,    4, "rrtt")    /* R[a], R[a+1] = R[b].(K[c]) comma-ok */ \
    X(TYPEIS,     3, "rrt")     /* R[a].i = R[b] holds type K[c] (interface K[c]: implements) */ \
    X(IFACEVAL,   2, "rr")      /* R[a] = ((GoIface*)R[b])->v */ \
    X(SLICE2ARR,  3, "rrt")     /* R[a] = [N]T(R[b]): a copy of the slice's first N elements, \
                                   K[c] = the array type (Go 1.20) */ \
    X(SLICE2ARRP, 3, "rrt")     /* R[a] = (*[N]T)(R[b]): a pointer aliasing the slice's backing \
                                   array, K[c] = the array type (Go 1.17) */ \
    /* calls */ \
    X(CALL,       2, "rf")      /* call funcs[b] with args R[a..]; results in R[a..] */ \
    X(CALLV,      3, "rrn")     /* call func value R[b] with c args at R[a..] */ \
    X(CALLI,      7, "rsnnnnn") /* call method K[b] of iface R[a] with c args (receiver R[a] included); \
                                   d,e and f,g: 2-way inline cache (type id+1, func | deref bit), newest first */ \
    X(RET,        2, "rn")      /* return R[a..a+b) */ \
    X(RUNDEFERS,  0, "")        /* run this frame's deferred calls, newest first */ \
    X(DEFER,      3, "rrn")     /* defer func value R[b] with c args R[a..] */ \
    X(GO,         3, "rrn")     /* go func value R[b] with c args R[a..] */ \
    X(CLOSURE,    4, "rfrn")    /* R[a] = closure of funcs[b] capturing the c..c+d Boxes in R[c..c+d) */ \
    X(BIND,       3, "rrf")     /* R[a] = method value: funcs[c] bound to receiver R[b] */ \
    X(BINDI,      3, "rrs")     /* R[a] = method value: method K[c] of iface R[b] */ \
    X(PANIC,      1, "r")       /* panic(R[a]) (an interface) */ \
    X(PANICWRAP,  1, "s")       /* panic with plainError K[a] (a wrapper's nil receiver) */ \
    X(RECOVER,    1, "r")       /* R[a] = recover() */ \
    /* builtins on slices */ \
    X(MKSLICE,    4, "rrnt")    /* R[a] = []T{R[b..b+c)}, T = K[d] (elem) */ \
    X(MAKESLICE,  4, "rtrr")    /* R[a] = make([]T, R[c], R[d]), K[b] = elem type */ \
    X(APPEND,     5, "rrrnt")   /* R[a] = append(R[b], R[c..c+d)...), K[e] = elem type */ \
    X(APPENDIN,   4, "rrnt")    /* R[a] = append(R[a], R[b..b+c)...) reusing R[a]'s header when it has \
                                   room: the compiler proved R[a] is its only holder */ \
    X(APPENDSL,   4, "rrrt")    /* R[a] = append(R[b], R[c]...) */ \
    X(APPENDSTR,  3, "rrr")     /* R[a] = append([]byte R[b], string R[c]...) */ \
    X(COPYSL,     4, "rrrt")    /* R[a].i = copy(R[b], R[c]), elements of type K[d] */ \
    X(COPYSTR,    3, "rrr")     /* R[a].i = copy([]byte R[b], string R[c]) */ \
    X(SLCLEAR,    2, "rt")      /* clear(slice R[a]) with elem type K[b] */ \
    /* channels (chan.h): a blocked operation parks g with pc after the \
     * instruction; whoever completes it writes the results into R[...] */ \
    X(MAKECHAN,   4, "rtrs")    /* R[a] = make(chan K[b], R[c]), made into variable K[d] ("" none) */ \
    X(SEND,       2, "rr")      /* R[a] <- R[b] */ \
    X(RECV,       2, "rr")      /* R[a] = <-R[b] */ \
    X(RECV2,      2, "rr")      /* R[a], R[a+1] = <-R[b] (comma-ok) */ \
    X(CLOSE,      1, "r")       /* close(R[a]) */ \
    X(LEN_CHAN,   2, "rr") \
    X(CAP_CHAN,   2, "rr") \
    X(SELECT,     4, "rrnn")    /* R[a] = chosen case (-1 default) of c cases described \
                                   at R[b+3i]: chan, send value / received value, \
                                   kind (1 send, 0 recv) / received ok; d: has default */ \
    X(PRINT,      4, "rnkn")    /* print R[a..a+b) with types K[c..c+b); d: 1 = println */ \
    X(GOEXIT,     0, "")        /* runtime.Goexit */ \
    X(NAMEOBJ,    3, "rsn")     /* the library object R[a] holds was stored into the variable \
                                   named K[b] (for the UI; first name wins); c: NAMEOBJ_* */ \
    X(UNREACHABLE,0, "")        /* end of a function with results: cannot be reached */

/* OP_NAMEOBJ's c: what the object is, and how to reach it from R[a]:
 * through a pointer (DEREF), then the field (c >> NAMEOBJ_FIELD_SHIFT) - 1
 * of the struct there (0: none).  A nil on the way names nothing. */
enum {
    NAMEOBJ_CTX = 1,          /* a context.Context (key: the pointer it holds) */
    NAMEOBJ_WG = 2,           /* a sync.WaitGroup (key: its GoArray) */
    NAMEOBJ_KIND = 3,
    NAMEOBJ_DEREF = 4,
    NAMEOBJ_FIELD_SHIFT = 8
};

typedef enum Op {
#define GOCAFE_OP_ENUM(name, n, fmt) OP_##name,
    GOCAFE_OPS(GOCAFE_OP_ENUM)
#undef GOCAFE_OP_ENUM
    OP_NOPS
} Op;

/* Disassembler tables (static const: no global mutable state). */
static const char *const op_names[] __attribute__((unused)) = {
#define GOCAFE_OP_NAME(name, n, fmt) #name,
    GOCAFE_OPS(GOCAFE_OP_NAME)
#undef GOCAFE_OP_NAME
};
static const unsigned char op_noperands[] __attribute__((unused)) = {
#define GOCAFE_OP_N(name, n, fmt) n,
    GOCAFE_OPS(GOCAFE_OP_N)
#undef GOCAFE_OP_N
};
static const char *const op_formats[] __attribute__((unused)) = {
#define GOCAFE_OP_FMT(name, n, fmt) fmt,
    GOCAFE_OPS(GOCAFE_OP_FMT)
#undef GOCAFE_OP_FMT
};

#endif
