// Dataverse query functions in $filter: Microsoft.Dynamics.CRM.In(PropertyName='x',PropertyValues=[…]),
// Between, EqualUserId, LastXDays and friends. Date functions use the signed-in user's time zone
// for day boundaries, as Dataverse does.
import type { Node, Literal } from './filter-parse.ts';
import { badQuery } from './errors.ts';
import { anyOf, bindValue, comparison, type BindCtx, type BoolExpr, type ValueExpr } from './filter.ts';
import { BUSINESS_UNIT_ID } from '../users.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function param(params: Record<string, Literal | Literal[]>, name: string, fn: string): Literal | Literal[] {
  const v = params[name];
  if (v === undefined) throw badQuery(`The parameter '${name}' of the function 'Microsoft.Dynamics.CRM.${fn}' was not specified.`);
  return v;
}

function single(v: Literal | Literal[], name: string): Literal {
  if (Array.isArray(v)) throw badQuery(`The parameter '${name}' expects a single value.`);
  return v;
}

function list(v: Literal | Literal[], name: string): Literal[] {
  if (!Array.isArray(v)) throw badQuery(`The parameter '${name}' expects a collection value.`);
  return v;
}

/** Dataverse passes PropertyValues as strings; convert them to the column's type. */
function asColumnLiteral(lit: Literal, col: ValueExpr): ValueExpr {
  const text = String(lit.value);
  let value: unknown = lit.value;
  if (lit.type === 'string') {
    if (col.kind === 'number') value = Number(text);
    else if (col.kind === 'guid') value = text.toLowerCase().replace(/[{}]/g, '');
    else if (col.kind === 'bool') value = text === 'true' || text === '1';
  }
  return { get: () => value, kind: col.kind, edm: col.edm, literal: { ...lit, value } as Literal };
}

function constant(value: unknown, col: ValueExpr): ValueExpr {
  return { get: () => value, kind: col.kind, edm: col.edm, literal: { kind: 'literal', type: 'string', value: String(value) } };
}

function startOfDay(t: number, offsetMinutes: number): number {
  const local = t + offsetMinutes * 60_000;
  return local - (((local % DAY) + DAY) % DAY) - offsetMinutes * 60_000;
}

function addMonths(t: number, months: number, offsetMinutes: number): number {
  const d = new Date(t + offsetMinutes * 60_000);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime() - offsetMinutes * 60_000;
}

/** [from, to) in epoch ms for the relative date functions. */
function dateRange(name: string, x: number, now: number, off: number): [number, number] | null {
  const today = startOfDay(now, off);
  const unitMs: Record<string, number> = { Hours: HOUR, Days: DAY, Weeks: 7 * DAY };
  const m = /^(Last|Next|OlderThan)X(Hours|Days|Weeks|Months|Years)$/.exec(name);
  if (m) {
    const [, dir, unit] = m as unknown as [string, string, string];
    const months = unit === 'Months' ? x : unit === 'Years' ? 12 * x : 0;
    const back = months
      ? addMonths(unit === 'Hours' ? now : today, -months, off)
      : (unit === 'Hours' ? now : today) - x * (unitMs[unit] ?? DAY);
    const ahead = months
      ? addMonths(today + DAY, months, off)
      : unit === 'Hours'
        ? now + x * HOUR
        : today + DAY + x * (unitMs[unit] ?? DAY);
    if (dir === 'Last') return [back, now + 1];
    if (dir === 'Next') return [now, ahead];
    return [Number.NEGATIVE_INFINITY, unit === 'Hours' ? now - x * HOUR : back];
  }
  if (name === 'Today') return [today, today + DAY];
  if (name === 'Yesterday') return [today - DAY, today];
  if (name === 'Tomorrow') return [today + DAY, today + 2 * DAY];
  return null;
}

function inRange(col: ValueExpr, from: number, to: number): BoolExpr {
  return {
    test: (f) => {
      const v = col.get(f);
      if (v === null || v === undefined) return false;
      const t = Date.parse(String(v));
      return t >= from && t < to;
    },
    plan: () => null,
  };
}

function negate(e: BoolExpr, col: ValueExpr): BoolExpr {
  return { test: (f) => col.get(f) !== null && col.get(f) !== undefined && !e.test(f), plan: () => null };
}

export function bindCrmFunction(name: string, params: Record<string, Literal | Literal[]>, ctx: BindCtx): BoolExpr {
  const propName = single(param(params, 'PropertyName', name), 'PropertyName');
  if (propName.type !== 'string') throw badQuery(`The parameter 'PropertyName' of 'Microsoft.Dynamics.CRM.${name}' must be a string.`);
  const propNode: Node = { kind: 'prop', path: [propName.value] };
  const col = bindValue(propNode, { ...ctx, root: ctx.innermost });
  const { user, now } = ctx.env;
  const off = user.timeZoneOffsetMinutes;

  switch (name) {
    case 'In':
    case 'NotIn': {
      const values = list(param(params, 'PropertyValues', name), 'PropertyValues');
      const e = anyOf(values.map((v) => comparison('eq', col, asColumnLiteral(v, col))));
      return name === 'In' ? e : negate(e, col);
    }
    case 'Between':
    case 'NotBetween': {
      const [lo, hi] = list(param(params, 'PropertyValues', name), 'PropertyValues');
      if (!lo || !hi) throw badQuery(`'Microsoft.Dynamics.CRM.${name}' needs two PropertyValues.`);
      const a = comparison('ge', col, asColumnLiteral(lo, col));
      const b = comparison('le', col, asColumnLiteral(hi, col));
      const e: BoolExpr = { test: (f) => a.test(f) && b.test(f), plan: () => null };
      return name === 'Between' ? e : negate(e, col);
    }
    case 'EqualUserId':
    case 'NotEqualUserId':
    case 'EqualBusinessId':
    case 'NotEqualBusinessId': {
      const id = name.endsWith('UserId') ? user.systemuserid : BUSINESS_UNIT_ID;
      return comparison(name.startsWith('Not') ? 'ne' : 'eq', col, constant(id, col));
    }
    case 'On':
    case 'NotOn':
    case 'OnOrAfter':
    case 'OnOrBefore': {
      if (col.kind !== 'datetime') throw badQuery(`'Microsoft.Dynamics.CRM.${name}' applies to date and time columns only.`);
      // Midnight of that calendar date in the user's time zone.
      const date = String(single(param(params, 'PropertyValue', name), 'PropertyValue').value).slice(0, 10);
      const day = Date.parse(`${date}T00:00:00Z`) - off * 60_000;
      if (Number.isNaN(day)) throw badQuery(`'${date}' is not a valid date for 'Microsoft.Dynamics.CRM.${name}'.`);
      if (name === 'OnOrAfter') return inRange(col, day, Number.POSITIVE_INFINITY);
      if (name === 'OnOrBefore') return inRange(col, Number.NEGATIVE_INFINITY, day + DAY);
      const e = inRange(col, day, day + DAY);
      return name === 'On' ? e : negate(e, col);
    }
  }
  const x = params.PropertyValue === undefined ? 0 : Number(single(params.PropertyValue, 'PropertyValue').value);
  const range = dateRange(name, x, now.getTime(), off);
  if (!range)
    throw badQuery(
      `An unknown function with name 'Microsoft.Dynamics.CRM.${name}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`,
    );
  if (col.kind !== 'datetime') throw badQuery(`'Microsoft.Dynamics.CRM.${name}' applies to date and time columns only.`);
  return inRange(col, range[0], range[1]);
}
