// @vitest-environment jsdom
// DOMPurify needs a faithful DOM: happy-dom's lets markup through.
import { describe, expect, it } from 'vitest';
import { sanitiseEmail } from '../../../components/preview/sanitize';
import { HOSTILE_BODIES } from '../../emulator/generator/hostile';

const body = (doc: string) => doc.slice(doc.indexOf('<body>') + 6, doc.lastIndexOf('</body>'));

describe('sanitiseEmail', () => {
  it.each(HOSTILE_BODIES.map((b) => [b.key, b.body]))('%s: nothing executable or fetching survives', (_key, html) => {
    const out = body(sanitiseEmail(html, { allowRemoteImages: false }).document);
    expect(out).not.toMatch(/<script|onerror|onload|onclick|javascript:|<form|<input|<iframe|<object|<embed|<meta|emulator\/pixel/i);
  });

  it('blocks remote and relative images until allowed, then keeps absolute ones only', () => {
    const html = '<img src="https://tracker.example/p.gif"><img src="/relative.gif"><img src="data:image/png;base64,AAAA">';
    const blocked = sanitiseEmail(html, { allowRemoteImages: false });
    expect(blocked.blockedImages).toBe(2);
    expect(body(blocked.document)).not.toMatch(/tracker\.example|relative\.gif/);
    expect(body(blocked.document)).toContain('data:image/png');
    const allowed = sanitiseEmail(html, { allowRemoteImages: true });
    expect(body(allowed.document)).toContain('https://tracker.example/p.gif');
    expect(body(allowed.document)).not.toContain('relative.gif');
  });

  it('opens links in a new tab without opener, and sets a CSP without script', () => {
    const { document } = sanitiseEmail('<a href="https://contoso.example/pricing">Pricing</a>', { allowRemoteImages: false });
    expect(document).toMatch(/<a href="https:\/\/contoso.example\/pricing" target="_blank" rel="noopener noreferrer">/);
    expect(document).toContain("default-src 'none'; img-src data:;");
    expect(document).not.toMatch(/script-src/);
  });
});
