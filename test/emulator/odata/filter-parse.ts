// $filter syntax: tokenizer and recursive-descent parser into a small AST. Binding to table
// metadata (column names, types) happens in filter.ts. Errors use the OData layer's 0x80060888.
import { badQuery } from './errors.ts';

export type Literal =
  | { kind: 'literal'; type: 'string'; value: string }
  | { kind: 'literal'; type: 'number'; value: number; decimal: boolean }
  | { kind: 'literal'; type: 'guid'; value: string }
  | { kind: 'literal'; type: 'datetime'; value: string }
  | { kind: 'literal'; type: 'bool'; value: boolean }
  | { kind: 'literal'; type: 'null'; value: null };

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Node =
  | Literal
  | { kind: 'prop'; path: string[] }
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'not'; expr: Node }
  | { kind: 'cmp'; op: CmpOp; left: Node; right: Node }
  | { kind: 'in'; left: Node; values: Literal[] }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'lambda'; path: string[]; op: 'any' | 'all'; variable?: string; body?: Node }
  | { kind: 'crm'; name: string; params: Record<string, Literal | Literal[]> };

type Tok =
  | { t: 'ident'; v: string; pos: number }
  | { t: 'lit'; lit: Literal; pos: number }
  | { t: 'punct'; v: string; pos: number }
  | { t: 'alias'; v: string; pos: number };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/;
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?(?![\w:])/;
const NUMBER = /^-?\d+(\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?(?![\w.])/;
const IDENT = /^[A-Za-z_][\w.]*/;
const CMP_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const BOOL_FUNCS = new Set(['contains', 'startswith', 'endswith']);

/** `@p1` parameter aliases are resolved to their literal text before tokenizing. */
export function tokenize(src: string, aliases: Record<string, string> = {}): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    const rest = src.slice(i);
    if (/\s/.test(ch)) {
      i++;
    } else if ('(),:/[]='.includes(ch)) {
      toks.push({ t: 'punct', v: ch, pos: i });
      i++;
    } else if (ch === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= src.length) throw syntax(`Unterminated string literal at position ${i} in '${src}'.`);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += src[j];
        j++;
      }
      toks.push({ t: 'lit', lit: { kind: 'literal', type: 'string', value }, pos: i });
      i = j + 1;
    } else if (ch === '@') {
      const m = /^@[A-Za-z_]\w*/.exec(rest);
      if (!m) throw syntax(`Syntax error: character '@' is not valid at position ${i} in '${src}'.`);
      const name = m[0];
      const text = aliases[name];
      if (text === undefined) throw syntax(`The parameter alias '${name}' was not found in the request.`);
      for (const tok of tokenize(text)) toks.push({ ...tok, pos: i });
      i += name.length;
    } else {
      let m: RegExpExecArray | null;
      if ((m = GUID.exec(rest))) {
        toks.push({ t: 'lit', lit: { kind: 'literal', type: 'guid', value: m[0].toLowerCase() }, pos: i });
      } else if ((m = DATETIME.exec(rest))) {
        toks.push({ t: 'lit', lit: { kind: 'literal', type: 'datetime', value: m[0] }, pos: i });
      } else if ((m = NUMBER.exec(rest))) {
        const text = m[0].replace(/[mMdDfFlL]$/, '');
        toks.push({ t: 'lit', lit: { kind: 'literal', type: 'number', value: Number(text), decimal: /[.eE]/.test(text) }, pos: i });
      } else if ((m = IDENT.exec(rest))) {
        toks.push({ t: 'ident', v: m[0], pos: i });
      } else {
        throw syntax(`Syntax error: character '${ch}' is not valid at position ${i} in '${src}'.`);
      }
      i += m[0].length;
    }
  }
  return toks;
}

function syntax(message: string) {
  return badQuery(message);
}

export function parseFilter(src: string, aliases: Record<string, string> = {}): Node {
  const p = new Parser(src, tokenize(src, aliases));
  const node = p.parseOr();
  if (!p.done()) throw syntax(`Syntax error at position ${p.pos()} in '${src}'.`);
  return node;
}

class Parser {
  private i = 0;
  private readonly src: string;
  private readonly toks: Tok[];
  constructor(src: string, toks: Tok[]) {
    this.src = src;
    this.toks = toks;
  }

  done(): boolean {
    return this.i >= this.toks.length;
  }
  pos(): number {
    return this.toks[this.i]?.pos ?? this.src.length;
  }
  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t?.t === 'ident' && t.v === word;
  }
  private isPunct(v: string): boolean {
    const t = this.peek();
    return t?.t === 'punct' && t.v === v;
  }
  private expectPunct(v: string): void {
    if (!this.isPunct(v)) throw syntax(`'${v}' expected at position ${this.pos()} in '${this.src}'.`);
    this.i++;
  }

  parseOr(): Node {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.i++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Node {
    let left = this.parseUnary();
    while (this.isKeyword('and')) {
      this.i++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): Node {
    if (this.isKeyword('not')) {
      this.i++;
      return { kind: 'not', expr: this.parseUnary() };
    }
    return this.parseComparison();
  }

  private parseComparison(): Node {
    const left = this.parsePrimary();
    const t = this.peek();
    if (t?.t === 'ident' && CMP_OPS.has(t.v)) {
      this.i++;
      return { kind: 'cmp', op: t.v as CmpOp, left, right: this.parsePrimary() };
    }
    if (t?.t === 'ident' && t.v === 'in') {
      this.i++;
      this.expectPunct('(');
      const values = this.parseLiteralList(')');
      return { kind: 'in', left, values };
    }
    return left;
  }

  private parseLiteralList(close: string): Literal[] {
    const values: Literal[] = [];
    while (!this.isPunct(close)) {
      values.push(this.parseLiteral());
      if (this.isPunct(',')) this.i++;
      else if (!this.isPunct(close)) throw syntax(`'${close}' or ',' expected at position ${this.pos()} in '${this.src}'.`);
    }
    this.i++;
    return values;
  }

  private parseLiteral(): Literal {
    const t = this.peek();
    if (t?.t === 'lit') {
      this.i++;
      return t.lit;
    }
    if (t?.t === 'ident' && (t.v === 'true' || t.v === 'false')) {
      this.i++;
      return { kind: 'literal', type: 'bool', value: t.v === 'true' };
    }
    if (t?.t === 'ident' && t.v === 'null') {
      this.i++;
      return { kind: 'literal', type: 'null', value: null };
    }
    throw syntax(`Expression expected at position ${this.pos()} in '${this.src}'.`);
  }

  private parsePrimary(): Node {
    const t = this.peek();
    if (!t) throw syntax(`Expression expected at position ${this.src.length} in '${this.src}'.`);
    if (t.t === 'punct' && t.v === '(') {
      this.i++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (t.t === 'lit' || (t.t === 'ident' && ['true', 'false', 'null'].includes(t.v))) return this.parseLiteral();
    if (t.t !== 'ident') throw syntax(`Expression expected at position ${t.pos} in '${this.src}'.`);
    this.i++;
    if (this.isPunct('(')) return this.parseCall(t.v);
    const path = [t.v];
    while (this.isPunct('/')) {
      this.i++;
      const seg = this.peek();
      if (seg?.t !== 'ident') throw syntax(`Expression expected at position ${this.pos()} in '${this.src}'.`);
      this.i++;
      if ((seg.v === 'any' || seg.v === 'all') && this.isPunct('(')) return this.parseLambda(path, seg.v);
      path.push(seg.v);
    }
    return { kind: 'prop', path };
  }

  private parseCall(name: string): Node {
    this.i++; // '('
    if (name.startsWith('Microsoft.Dynamics.CRM.')) return this.parseCrmCall(name.slice('Microsoft.Dynamics.CRM.'.length));
    if (!BOOL_FUNCS.has(name))
      throw syntax(
        `An unknown function with name '${name}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`,
      );
    const args: Node[] = [];
    while (!this.isPunct(')')) {
      args.push(this.parseOr());
      if (this.isPunct(',')) this.i++;
      else if (!this.isPunct(')')) throw syntax(`')' or ',' expected at position ${this.pos()} in '${this.src}'.`);
    }
    this.i++;
    if (args.length !== 2) throw syntax(`No function signature for the function with name '${name}' matches the specified arguments.`);
    return { kind: 'call', name, args };
  }

  private parseCrmCall(name: string): Node {
    const params: Record<string, Literal | Literal[]> = {};
    while (!this.isPunct(')')) {
      const key = this.peek();
      if (key?.t !== 'ident') throw syntax(`Expression expected at position ${this.pos()} in '${this.src}'.`);
      this.i++;
      this.expectPunct('=');
      if (this.isPunct('[')) {
        this.i++;
        params[key.v] = this.parseLiteralList(']');
      } else {
        params[key.v] = this.parseLiteral();
      }
      if (this.isPunct(',')) this.i++;
      else if (!this.isPunct(')')) throw syntax(`')' or ',' expected at position ${this.pos()} in '${this.src}'.`);
    }
    this.i++;
    return { kind: 'crm', name, params };
  }

  private parseLambda(path: string[], op: 'any' | 'all'): Node {
    this.i++; // '('
    if (this.isPunct(')')) {
      this.i++;
      if (op === 'all') throw syntax(`Expression expected at position ${this.pos()} in '${this.src}'.`);
      return { kind: 'lambda', path, op };
    }
    const v = this.peek();
    if (v?.t !== 'ident') throw syntax(`Expression expected at position ${this.pos()} in '${this.src}'.`);
    this.i++;
    this.expectPunct(':');
    const body = this.parseOr();
    this.expectPunct(')');
    return { kind: 'lambda', path, op, variable: v.v, body };
  }
}
