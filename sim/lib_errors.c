/* lib_errors.c - the reflection package errors needs (sim/lib/errors.go):
 * comparability of a dynamic type, and As's target check and assignment. */
#include "lib_int.h"

/* func comparable(x any) bool */
static NatStatus n_comparable(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p;
    res[0].i = x && types_comparable(x->type);
    return NAT_OK;
}

/* func asTargetKind(target any) int */
static NatStatus n_as_target_kind(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p;
    if (!x || x->type->kind != T_POINTER || !x->v.p) {
        res[0].i = 1;
        return NAT_OK;
    }
    Type *e = x->type->elem;
    res[0].i = (e->kind != T_INTERFACE && !types_implements(e, s->types.t_error, NULL, 0)) ? 2 : 0;
    return NAT_OK;
}

/* Go's assignability of a value of concrete type v to type t. */
static bool assignable(Type *v, Type *t)
{
    if (v == t)
        return true;
    if (t->kind == T_INTERFACE)
        return types_implements(v, t, NULL, 0);
    /* identical underlying types and at least one of them unnamed */
    return (!v->name || !t->name) && types_identical(types_under(v), types_under(t));
}

/* func assignTo(err error, target any) bool */
static NatStatus n_assign_to(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *err = a[0].p, *target = a[1].p;
    res[0].i = 0;
    if (!err || !target || target->type->kind != T_POINTER || !target->v.p)
        return NAT_OK;
    Type *t = target->type->elem;
    if (!assignable(err->type, t))
        return NAT_OK;
    Value *slot = target->v.p;
    if (t->kind == T_INTERFACE)
        slot->p = err;                  /* same dynamic type and value */
    else
        *slot = rt_copy_value(s, t, err->v);
    res[0].i = 1;
    return NAT_OK;
}

const NativeDef lib_errors_natives[] = {
    {"errors.comparable", n_comparable},
    {"errors.asTargetKind", n_as_target_kind},
    {"errors.assignTo", n_assign_to},
    {NULL, NULL},
};
