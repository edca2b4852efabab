// Lambda operators in $filter: `<collection>/any(p:p/<col> eq <v>)`, `any()` and `all(...)` on
// collection-valued navigation properties. `any` with an index-plannable body finds its parents
// through the children's back-reference lookup, instead of scanning every parent's children.
import type { Row } from '../model.ts';
import { findColumn } from './columns.ts';
import { badQuery, propertyNotFound } from './errors.ts';
import type { Node } from './filter-parse.ts';
import { bindBool, type BindCtx, type BoolExpr, type Frame, type Scope } from './filter.ts';
import { rowById } from './indexes.ts';
import { followCollection, lookupColumn, requireDef } from './navigation.ts';

export function bindLambda(node: Extract<Node, { kind: 'lambda' }>, ctx: BindCtx): BoolExpr {
  const { store } = ctx.env;
  const first = node.path[0] as string;
  const variable = ctx.vars.get(first);
  const base = variable ?? ctx.root;
  const segments = variable ? node.path.slice(1) : node.path;
  if (segments.length !== 1)
    throw badQuery(
      `Lambda expressions are only supported on collection-valued navigation properties of the table itself ('${node.path.join('/')}').`,
    );
  const navName = segments[0] as string;
  const nav = base.def.collectionNav[navName];
  if (!nav) {
    if (findColumn(base.def, navName) || base.def.singleNav[navName])
      throw badQuery(
        `The '${node.op}' lambda operator can only be applied to a collection-valued navigation property; '${navName}' is not one.`,
      );
    throw propertyNotFound(navName, base.def.logicalName);
  }
  const target = requireDef(store, nav.target);
  ctx.tables.add(target.logicalName);
  const slot = ctx.nextSlot.n++;
  let body: BoolExpr | null = null;
  if (node.body && node.variable) {
    const scope: Scope = { def: target, slot };
    const inner: BindCtx = { ...ctx, vars: new Map(ctx.vars).set(node.variable, scope), innermost: scope };
    body = bindBool(node.body, inner);
  }
  const children = (f: Frame): Row[] => {
    const parent = f[base.slot];
    return parent ? followCollection(store, base.def, nav, parent) : [];
  };
  const matches = (f: Frame, child: Row): boolean => {
    if (!body) return true;
    const g = f.slice();
    g[slot] = child;
    return body.test(g);
  };
  return {
    test: (f) => (node.op === 'any' ? children(f).some((c) => matches(f, c)) : children(f).every((c) => matches(f, c))),
    plan: (wanted) => {
      if (node.op !== 'any' || !body || wanted !== base.slot) return null;
      const kids = body.plan(slot);
      if (kids === null) return null;
      const parents = new Set<Row>();
      for (const kid of kids) {
        const parent = rowById(store, base.def.logicalName, kid[lookupColumn(nav.lookup)]);
        if (parent) parents.add(parent);
      }
      return [...parents];
    },
  };
}
