// Splitting text around search terms (case-insensitive, prefix matches as the search does).

export interface TextPart {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One pattern per list of terms: every row of a search shares the same list.
const patterns = new WeakMap<readonly string[], RegExp | null>();

function patternOf(terms: readonly string[]): RegExp | null {
  if (patterns.has(terms)) return patterns.get(terms)!;
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const pattern = usable.length ? new RegExp(`(${usable.map(escape).join('|')})`, 'giu') : null;
  patterns.set(terms, pattern);
  return pattern;
}

export function splitHighlights(text: string, terms: readonly string[]): TextPart[] {
  const pattern = patternOf(terms);
  if (!pattern || !text) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), hit: false });
    parts.push({ text: match[0], hit: true });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
