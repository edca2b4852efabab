// Text with the search terms marked. Built from text nodes and <mark> elements only.
import { splitHighlights } from '../../lib/timeline/highlight';

export function Highlight({ text, terms }: { text: string; terms?: readonly string[] | undefined }) {
  if (!terms?.length) return <>{text}</>;
  return <>{splitHighlights(text, terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
