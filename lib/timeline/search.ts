// Full-text search over the loaded timeline (MiniSearch): titles, text, people, marketing assets and
// journeys, message content and event details. Prefix matching as you type, all terms required.
import MiniSearch from 'minisearch';
import type { Interaction } from './model';

interface Doc {
  id: string;
  title: string;
  text: string;
  people: string;
  asset: string;
  details: string;
}

function toDoc(item: Interaction): Doc {
  const m = item.marketing;
  return {
    id: item.id,
    title: item.title,
    text: [item.summary, ...(item.facts ?? []), m?.content?.subject, m?.content?.title, m?.content?.text].filter(Boolean).join(' \n '),
    people: [item.counterpart, item.owner, ...(item.parties?.map((p) => p.name) ?? [])].filter(Boolean).join(' \n '),
    asset: [m?.asset?.name, m?.journey?.name].filter(Boolean).join(' \n '),
    details: m ? m.events.flatMap((e) => e.details.map(([, value]) => value)).join(' \n ') : '',
  };
}

export interface SearchResult {
  ids: Set<string>;
  /** The words that matched, for highlighting. */
  terms: string[];
}

export interface TimelineSearch {
  search(query: string): SearchResult;
  readonly size: number;
}

const MAX_MARKED_TERMS = 40;

export function buildSearch(items: readonly Interaction[]): TimelineSearch {
  const index = new MiniSearch<Doc>({
    fields: ['title', 'text', 'people', 'asset', 'details'],
    storeFields: [],
    searchOptions: {
      // A one-letter word matches exactly: as a prefix it would match most of a large history.
      prefix: (term) => term.length > 1,
      fuzzy: (term) => (term.length > 4 ? 0.15 : false),
      combineWith: 'AND',
      boost: { title: 3, asset: 3, people: 2 },
    },
  });
  const seen = new Set<string>();
  const docs: Doc[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    docs.push(toDoc(item));
  }
  index.addAll(docs);
  return {
    size: docs.length,
    search(query) {
      const q = query.trim();
      if (!q) return { ids: new Set(items.map((i) => i.id)), terms: [] };
      const hits = index.search(q);
      const terms = new Set<string>();
      for (const hit of hits) for (const term of hit.terms) terms.add(term);
      // Many matched words (a prefix of numbers, say): the typed words mark the same places as prefixes.
      const marks = terms.size > MAX_MARKED_TERMS ? q.split(/\s+/) : [...terms];
      return { ids: new Set(hits.map((h) => String(h.id))), terms: marks };
    },
  };
}
