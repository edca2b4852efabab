// Light or dark, following the CRM page (its background colour), not the operating system: a dark
// panel on a light CRM page, or the reverse, would be the odd one out.

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` → relative luminance 0…1, or null when unreadable or transparent. */
export function luminance(color: string): number | null {
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?\s*\)$/i.exec(color.trim());
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The first readable background among the candidates decides; none means light. */
export function themeFor(backgrounds: readonly string[]): 'light' | 'dark' {
  for (const color of backgrounds) {
    const l = luminance(color);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
