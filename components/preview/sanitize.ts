// Untrusted email HTML → a document for a sandboxed frame: DOMPurify removes script, handlers,
// javascript: URLs, forms and frames; remote images (tracking pixels) are dropped until the user asks;
// links open in a new tab without opener; a CSP in the document blocks whatever slips through.
import DOMPurify from 'dompurify';

export interface SanitisedEmail {
  /** The whole srcdoc for the frame. */
  document: string;
  blockedImages: number;
}

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'meta',
  'link',
  'base',
  'script',
  'noscript',
];
const URL_ATTRS = new Set(['src', 'srcset', 'background', 'poster', 'data', 'lowsrc', 'dynsrc']);
const ABSOLUTE = /^\s*https?:\/\//i;
const DATA_IMAGE = /^\s*data:image\/(png|gif|jpe?g|webp);/i;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sanitiseEmail(html: string, options: { allowRemoteImages: boolean }): SanitisedEmail {
  const purify = DOMPurify(window);
  let blockedImages = 0;
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (URL_ATTRS.has(name)) {
      const value = data.attrValue;
      // Relative addresses would resolve against the CRM page: never fetched. Remote ones only when allowed.
      const allowed = DATA_IMAGE.test(value) || (options.allowRemoteImages && ABSOLUTE.test(value) && name !== 'data');
      if (!allowed) {
        if (value.trim()) blockedImages++;
        data.keepAttr = false;
      }
    }
    if (name === 'style' && /url\s*\(/i.test(data.attrValue) && !options.allowRemoteImages) {
      blockedImages++;
      data.attrValue = data.attrValue.replace(/url\s*\([^)]*\)/gi, 'none');
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  let clean = purify.sanitize(html, { FORBID_TAGS, FORBID_ATTR: ['action', 'formaction', 'ping'], WHOLE_DOCUMENT: false });
  // Belt and braces: a DOM that DOMPurify cannot work with returns markup unchanged; then show text only.
  if (!purify.isSupported || /<script|\son[a-z]+\s*=|javascript:/i.test(clean)) clean = `<pre>${escapeText(html)}</pre>`;
  const images = options.allowRemoteImages ? 'data: https: http:' : 'data:';
  const csp = `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; font-src 'none'; form-action 'none'; base-uri 'none'; frame-src 'none'`;
  const document = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>body{font:14px/1.45 'Segoe UI',system-ui,sans-serif;margin:12px;color:#242424;overflow-wrap:anywhere}img{max-width:100%;height:auto}</style></head><body>${clean}</body></html>`;
  return { document, blockedImages };
}
