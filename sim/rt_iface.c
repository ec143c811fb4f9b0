/* rt_iface.c - interface values: boxing a concrete value, and the dynamic
 * type test behind type assertions and type switches.
 *
 * A non-nil interface is a GoIface {dynamic type, one value slot}; the nil
 * interface is NULL.  Boxing copies arrays/structs (value semantics: later
 * changes to the variable must not show through the interface).
 */
#include "rt_internal.h"

GoIface *rt_box(Sim *s, Type *t, Value v)
{
    if (t && t->kind == T_INTERFACE) return v.p;   /* already an interface value */
    GoIface *x = rt_alloc(s, sizeof(GoIface), OBJ_IFACE);
    x->type = t;
    x->v = rt_copy_value(s, t, v);
    return x;
}

bool rt_iface_is(GoIface *x, Type *t)
{
    if (!x || !t) return false;
    if (t->kind != T_INTERFACE) return x->type == t;
    char why[128];
    return types_implements(x->type, t, why, sizeof why);
}
