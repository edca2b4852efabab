// $apply (data aggregation): `filter(...)`, `groupby((a,b),aggregate(...))` and `aggregate(...)` with
// `$count as n` and `col with sum|min|max|average|countdistinct as n`, chained with `/`, as in
// learn: …/webapi/query/aggregate-data. Enough for filter-pane counts per activity type or state.
import type { AttributeDef, EntityDef, Row } from '../model.ts';
import { compareSortable, findColumn, sortable, valueKind } from './columns.ts';
import { badQuery, propertyNotFound } from './errors.ts';
import { bindFilter, type FilterEnv } from './filter.ts';
import { splitTopLevel } from './options.ts';

interface Aggregate {
  alias: string;
  /** null for $count. */
  column: string | null;
  method: 'count' | 'sum' | 'min' | 'max' | 'average' | 'countdistinct';
}

type Step =
  | { kind: 'filter'; test: (row: Row) => boolean }
  | { kind: 'aggregate'; keys: { column: string; attr: AttributeDef }[]; aggs: Aggregate[] };

/** A parsed, validated $apply: filters, then at most one aggregation (groupby or aggregate). */
export interface ApplyPlan {
  steps: Step[];
}

export interface ApplyResult {
  rows: Row[];
  /** False when $apply only filtered: the rows are table rows to project as usual. */
  aggregated: boolean;
  /** Output columns in order, for the context URL. */
  columns: string[];
  /** Group-by columns (their attributes give formatted values). */
  groupBy: AttributeDef[];
}

const inner = (text: string, name: string): string | null => {
  const t = text.trim();
  return t.startsWith(`${name}(`) && t.endsWith(')') ? t.slice(name.length + 1, -1) : null;
};

function parseAggregates(text: string, def: EntityDef): Aggregate[] {
  return splitTopLevel(text, ',').map((item) => {
    const count = /^\$count\s+as\s+(\w+)$/.exec(item);
    if (count) return { alias: count[1] as string, column: null, method: 'count' };
    const m = /^(\w+)\s+with\s+(sum|min|max|average|countdistinct)\s+as\s+(\w+)$/.exec(item);
    if (!m) throw badQuery(`The aggregate expression '${item}' is not supported.`);
    if (!findColumn(def, m[1] as string)) throw propertyNotFound(m[1] as string, def.logicalName);
    return { alias: m[3] as string, column: m[1] as string, method: m[2] as Aggregate['method'] };
  });
}

function aggregateValue(rows: Row[], a: Aggregate): unknown {
  if (a.method === 'count') return rows.length;
  const vals = rows.map((r) => r[a.column as string]).filter((v) => v !== null && v !== undefined);
  if (a.method === 'countdistinct') return new Set(vals.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))).size;
  const nums = vals.map(Number).filter((n) => Number.isFinite(n));
  if (a.method === 'sum') return nums.reduce((s, n) => s + n, 0);
  if (a.method === 'average') return nums.length ? nums.reduce((s, n) => s + n, 0) / nums.length : null;
  if (nums.length === vals.length && nums.length) return a.method === 'min' ? Math.min(...nums) : Math.max(...nums);
  const sorted = vals.map(String).sort();
  return (a.method === 'min' ? sorted[0] : sorted.at(-1)) ?? null;
}

function parseKeys(text: string, def: EntityDef): { column: string; attr: AttributeDef }[] {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) throw badQuery(`groupby expects a parenthesised list of columns, got '${t}'.`);
  return splitTopLevel(t.slice(1, -1), ',').map((column) => {
    const attr = findColumn(def, column);
    if (!attr) throw propertyNotFound(column, def.logicalName);
    return { column, attr };
  });
}

export function parseApply(text: string, def: EntityDef, env: FilterEnv): ApplyPlan {
  const steps: Step[] = [];
  for (const step of splitTopLevel(text, '/')) {
    if (steps.at(-1)?.kind === 'aggregate') throw badQuery(`'${step}' cannot follow an aggregation in $apply.`);
    const filter = inner(step, 'filter');
    const aggregate = inner(step, 'aggregate');
    const groupby = inner(step, 'groupby');
    if (filter !== null) {
      const bound = bindFilter(filter, def, env);
      steps.push({ kind: 'filter', test: (r) => bound.test(r) });
    } else if (aggregate !== null) {
      steps.push({ kind: 'aggregate', keys: [], aggs: parseAggregates(aggregate, def) });
    } else if (groupby !== null) {
      const [keysText = '', aggText, extra] = splitTopLevel(groupby, ',');
      const aggInner = aggText === undefined ? null : inner(aggText, 'aggregate');
      if (extra !== undefined || (aggText !== undefined && aggInner === null))
        throw badQuery(`groupby supports only aggregate(...) after the columns: '${groupby}'.`);
      steps.push({ kind: 'aggregate', keys: parseKeys(keysText, def), aggs: aggInner === null ? [] : parseAggregates(aggInner, def) });
    } else {
      throw badQuery(`The $apply transformation '${step}' is not supported.`);
    }
  }
  return { steps };
}

export function runApply(plan: ApplyPlan, input: Row[]): ApplyResult {
  let rows = input;
  for (const step of plan.steps) {
    if (step.kind === 'filter') {
      rows = rows.filter(step.test);
      continue;
    }
    const { keys, aggs } = step;
    const groups = new Map<string, Row[]>();
    for (const r of rows) {
      const id = JSON.stringify(
        keys.map((k) => (typeof r[k.column] === 'string' ? (r[k.column] as string).toLowerCase() : (r[k.column] ?? null))),
      );
      const g = groups.get(id);
      if (g) g.push(r);
      else groups.set(id, [r]);
    }
    if (keys.length === 0 && groups.size === 0) groups.set('[]', []);
    const out = [...groups.values()].map((g) => {
      const row: Row = {};
      for (const k of keys) row[k.column] = g[0]?.[k.column] ?? null;
      for (const a of aggs) row[a.alias] = aggregateValue(g, a);
      return row;
    });
    // Groups come back ordered by their keys, as SQL GROUP BY does in practice.
    out.sort((x, y) => {
      for (const k of keys) {
        const kind = valueKind(k.attr);
        const c = compareSortable(sortable(x[k.column], kind), sortable(y[k.column], kind), kind);
        if (c !== 0) return c;
      }
      return 0;
    });
    return {
      rows: out,
      aggregated: true,
      columns: [...keys.map((k) => k.column), ...aggs.map((a) => a.alias)],
      groupBy: keys.map((k) => k.attr),
    };
  }
  return { rows, aggregated: false, columns: [], groupBy: [] };
}
