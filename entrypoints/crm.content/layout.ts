// Where the panel's top edge goes: below the CRM's command bar (or its top bar), so the
// CRM's own commands stay visible and usable.
const COMMAND_BAR = ['[data-id="CommandBar"]', '#commandBar', '[data-lp-id*="commandbar" i]', '[role="menubar"]'];
const TOP_BAR = ['[data-id="topBar"]', '#topBar'];

export function panelTopOffset(doc: Document = document): number {
  for (const selector of [...COMMAND_BAR, ...TOP_BAR]) {
    const element = doc.querySelector(selector);
    if (!element) continue;
    const bottom = element.getBoundingClientRect().bottom;
    if (bottom > 0 && bottom < window.innerHeight / 2) return Math.round(bottom);
  }
  return 0;
}

/** Background colours that tell whether the CRM page is light or dark, innermost first. */
export function pageBackgrounds(doc: Document = document): string[] {
  const candidates = [doc.querySelector('[data-id="form-body"], main, #mainContent'), doc.body, doc.documentElement];
  return candidates.filter((e): e is Element => !!e).map((e) => getComputedStyle(e).backgroundColor);
}
