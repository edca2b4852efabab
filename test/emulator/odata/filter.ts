// $filter binding and evaluation: the AST from filter-parse.ts is checked against the table's
// metadata (unknown columns and incompatible types give the real 400s) and compiled to closures.
// Each boolean node can also "plan" candidate rows from the lazy indexes, so equality on GUIDs,
// lookups, numbers and GUID-valued strings, `in`, and `any` lambdas over collections avoid full scans.
import type { EntityDef, Row, Store } from '../model.ts';
import type { EmulatedUser } from '../users.ts';
import { compareSortable, findColumn, sortable, type ValueKind, valueKind, edmType } from './columns.ts';
import { bindCrmFunction } from './crm-functions.ts';
import { badQuery, propertyNotFound } from './errors.ts';
import { parseFilter, type CmpOp, type Literal, type Node } from './filter-parse.ts';
import { GUID_RE } from '../ids.ts';
import { rowsWhere } from './indexes.ts';
import { followSingle, lookupColumn, requireDef } from './navigation.ts';
import { bindLambda } from './lambda.ts';

export interface FilterEnv {
  store: Store;
  user: EmulatedUser;
  now: Date;
}

export interface BoundFilter {
  test(row: Row): boolean;
  /** Rows that may match (a superset of the answer), or null when a scan is needed. */
  candidates(): Row[] | null;
  /** Tables the filter reads through navigation (for privilege checks). */
  tables: Set<string>;
}

export type Frame = Row[];
export interface BoolExpr {
  test(f: Frame): boolean;
  plan(slot: number): Row[] | null;
}
export interface ValueExpr {
  get(f: Frame): unknown;
  kind: ValueKind | 'null';
  edm: string;
  /** Set when the value is a plain column of the row in `slot` (no navigation): indexes apply. */
  direct?: { slot: number; column: string; def: EntityDef; store: Store };
  literal?: Literal;
}
export interface Scope {
  def: EntityDef;
  slot: number;
}
export interface BindCtx {
  env: FilterEnv;
  vars: Map<string, Scope>;
  root: Scope;
  innermost: Scope;
  tables: Set<string>;
  nextSlot: { n: number };
}

const OP_KIND: Record<CmpOp, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};
const PLANNABLE: ReadonlySet<string> = new Set(['guid', 'number', 'bool']);

export function bindFilter(src: string, def: EntityDef, env: FilterEnv, aliases: Record<string, string> = {}): BoundFilter {
  const root: Scope = { def, slot: 0 };
  const ctx: BindCtx = { env, vars: new Map(), root, innermost: root, tables: new Set(), nextSlot: { n: 1 } };
  const expr = bindBool(parseFilter(src, aliases), ctx);
  return {
    test: (row) => expr.test([row]),
    candidates: () => expr.plan(0),
    tables: ctx.tables,
  };
}

/** Rows of `all` that match, using index candidates when the filter allows. */
export function applyFilter(filter: BoundFilter, all: () => Iterable<Row>): Row[] {
  const candidates = filter.candidates();
  const out: Row[] = [];
  for (const row of candidates ?? all()) if (filter.test(row)) out.push(row);
  return out;
}

function literalValue(lit: Literal): ValueExpr {
  const v = lit.value;
  const byType: Record<Literal['type'], [ValueKind | 'null', string]> = {
    string: ['string', 'Edm.String'],
    number: ['number', lit.type === 'number' && lit.decimal ? 'Edm.Decimal' : 'Edm.Int32'],
    guid: ['guid', 'Edm.Guid'],
    datetime: ['datetime', String(v).includes('T') ? 'Edm.DateTimeOffset' : 'Edm.Date'],
    bool: ['bool', 'Edm.Boolean'],
    null: ['null', 'null'],
  };
  const [kind, edm] = byType[lit.type];
  return { get: () => v, kind, edm, literal: lit };
}

/** Resolves `col`, `nav/col` or `var/nav/col` to a value getter. */
function bindProp(path: string[], ctx: BindCtx): ValueExpr {
  let segments = path;
  let scope = ctx.root;
  const first = path[0] as string;
  const variable = ctx.vars.get(first);
  if (variable) {
    scope = variable;
    segments = path.slice(1);
    if (segments.length === 0) throw badQuery(`The range variable '${first}' cannot be used as a value here.`);
  }
  let def = scope.def;
  let get: (f: Frame) => Row | null = (f) => f[scope.slot] ?? null;
  for (const seg of segments.slice(0, -1)) {
    const nav = def.singleNav[seg];
    if (!nav) {
      if (def.collectionNav[seg])
        throw badQuery(
          `The parent value for a property access of a property '${seg}' is not a single value. Property access can only be applied to a single value.`,
        );
      throw propertyNotFound(seg, def.logicalName);
    }
    const from = def;
    const prev = get;
    get = (f) => {
      const r = prev(f);
      return r ? followSingle(ctx.env.store, from, nav, r) : null;
    };
    def = requireDef(ctx.env.store, nav.target);
    ctx.tables.add(def.logicalName);
  }
  const column = segments[segments.length - 1] as string;
  const attr = findColumn(def, column);
  if (!attr) {
    if (def.singleNav[column] || def.collectionNav[column]) {
      throw badQuery(
        `The navigation property '${column}' cannot be compared to a value; use a lookup column such as '${lookupColumn(def.singleNav[column]?.lookup ?? column)}'.`,
      );
    }
    throw propertyNotFound(column, def.logicalName);
  }
  const direct = segments.length === 1 ? { slot: scope.slot, column, def, store: ctx.env.store } : undefined;
  return { get: (f) => get(f)?.[column] ?? null, kind: valueKind(attr), edm: edmType(attr), direct };
}

export function bindValue(node: Node, ctx: BindCtx): ValueExpr {
  if (node.kind === 'literal') return literalValue(node);
  if (node.kind === 'prop') return bindProp(node.path, ctx);
  const b = bindBool(node, ctx);
  return { get: (f) => b.test(f), kind: 'bool', edm: 'Edm.Boolean' };
}

/** SQL semantics: a comparison with a NULL column is false, except `eq null` / `ne null`. */
export function comparison(op: CmpOp, l: ValueExpr, r: ValueExpr): BoolExpr {
  if (l.kind !== 'null' && r.kind !== 'null' && l.kind !== r.kind) {
    throw badQuery(
      `A binary operator with incompatible types was detected. Found operand types '${l.edm}' and '${r.edm}' for operator kind '${OP_KIND[op]}'.`,
    );
  }
  const kind: ValueKind = l.kind !== 'null' ? l.kind : r.kind !== 'null' ? r.kind : 'string';
  const isNull = (v: unknown) => v === null || v === undefined;
  const test = (f: Frame): boolean => {
    const a = l.get(f);
    const b = r.get(f);
    if (isNull(a) || isNull(b)) {
      if (op === 'eq') return isNull(a) && isNull(b);
      if (op === 'ne') return (l.kind === 'null' || r.kind === 'null') && isNull(a) !== isNull(b);
      return false;
    }
    if (kind === 'guid' && (op === 'eq' || op === 'ne')) return (String(a).toLowerCase() === String(b).toLowerCase()) === (op === 'eq');
    const c = compareSortable(sortable(a, kind), sortable(b, kind), kind);
    switch (op) {
      case 'eq':
        return c === 0;
      case 'ne':
        return c !== 0;
      case 'gt':
        return c > 0;
      case 'ge':
        return c >= 0;
      case 'lt':
        return c < 0;
      case 'le':
        return c <= 0;
    }
  };
  const plan = (slot: number): Row[] | null => {
    if (op !== 'eq' || !(PLANNABLE.has(kind) || kind === 'string')) return null;
    const [col, lit] = l.direct && r.literal ? [l, r] : r.direct && l.literal ? [r, l] : [undefined, undefined];
    if (!col?.direct || !lit?.literal || col.direct.slot !== slot || lit.literal.type === 'null') return null;
    // Strings only when the literal is an id (GUID text, as on the interaction tables): other text
    // may collate equal in ways an index key cannot capture (e.g. ß and ss).
    if (kind === 'string' && !GUID_RE.test(String(lit.literal.value))) return null;
    return rowsWhere(col.direct.store, col.direct.def.logicalName, col.direct.column, lit.literal.value, kind === 'string');
  };
  return { test, plan };
}

function union(lists: Row[][]): Row[] {
  const seen = new Set<Row>();
  for (const list of lists) for (const r of list) seen.add(r);
  return [...seen];
}

/** `x in (a, b)` and Microsoft.Dynamics.CRM.In: a disjunction of equalities. */
export function anyOf(parts: BoolExpr[]): BoolExpr {
  return {
    test: (f) => parts.some((p) => p.test(f)),
    plan: (slot) => {
      const lists = parts.map((p) => p.plan(slot));
      return lists.every((l): l is Row[] => l !== null) ? union(lists) : null;
    },
  };
}

export function bindBool(node: Node, ctx: BindCtx): BoolExpr {
  switch (node.kind) {
    case 'and': {
      const a = bindBool(node.left, ctx);
      const b = bindBool(node.right, ctx);
      return {
        test: (f) => a.test(f) && b.test(f),
        plan: (slot) => {
          const pa = a.plan(slot);
          const pb = b.plan(slot);
          if (pa === null) return pb;
          if (pb === null) return pa;
          return pa.length <= pb.length ? pa : pb;
        },
      };
    }
    case 'or':
      return anyOf([bindBool(node.left, ctx), bindBool(node.right, ctx)]);
    case 'not': {
      const e = bindBool(node.expr, ctx);
      return { test: (f) => !e.test(f), plan: () => null };
    }
    case 'cmp':
      return comparison(node.op, bindValue(node.left, ctx), bindValue(node.right, ctx));
    case 'in': {
      const l = bindValue(node.left, ctx);
      return anyOf(node.values.map((v) => comparison('eq', l, literalValue(v))));
    }
    case 'call':
      return bindStringFunction(node.name, bindValue(node.args[0] as Node, ctx), bindValue(node.args[1] as Node, ctx));
    case 'lambda':
      return bindLambda(node, ctx);
    case 'crm':
      return bindCrmFunction(node.name, node.params, ctx);
    case 'prop': {
      const v = bindProp(node.path, ctx);
      if (v.kind !== 'bool') throw badQuery('The $filter expression must evaluate to a single boolean value.');
      return { test: (f) => v.get(f) === true, plan: () => null };
    }
    case 'literal':
      if (node.type !== 'bool') throw badQuery('The $filter expression must evaluate to a single boolean value.');
      return { test: () => node.value === true, plan: () => null };
  }
}

function bindStringFunction(name: string, a: ValueExpr, b: ValueExpr): BoolExpr {
  if ((a.kind !== 'string' && a.kind !== 'null') || (b.kind !== 'string' && b.kind !== 'null')) {
    throw badQuery(
      `No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${name}(Edm.String Nullable=true, Edm.String Nullable=true).`,
    );
  }
  const fn = (s: string, t: string) => (name === 'contains' ? s.includes(t) : name === 'startswith' ? s.startsWith(t) : s.endsWith(t));
  return {
    test: (f) => {
      const s = a.get(f);
      const t = b.get(f);
      if (typeof s !== 'string' || typeof t !== 'string') return false;
      if (/[%_[]/.test(t)) return likePattern(name, t).test(s);
      return fn(s.toLowerCase(), t.toLowerCase());
    },
    plan: () => null,
  };
}

/**
 * Dataverse runs contains/startswith/endswith as T-SQL LIKE: `%` any string, `_` one character,
 * `[abc]` / `[^abc]` one character of (not of) a set; a wildcard in brackets is a literal (`[%]`).
 */
function likePattern(name: string, value: string): RegExp {
  let body = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '%') body += '[\\s\\S]*';
    else if (c === '_') body += '[\\s\\S]';
    else if (c === '[' && value.indexOf(']', i + 2) > i) {
      const end = value.indexOf(']', i + 2);
      let set = value.slice(i + 1, end);
      const negate = set.startsWith('^') && set.length > 1;
      if (negate) set = set.slice(1);
      body += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else body += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const source = name === 'contains' ? body : name === 'startswith' ? `^${body}` : `${body}$`;
  return new RegExp(source, 'i');
}
