// E-mail HTML as marketing tools produce it: nested tables, inline styles, a hero image, tracked
// links, an unsubscribe footer and an open-tracking pixel. Placeholders such as
// {{contact.firstname}} stay in the template; the exact-copy API fills them per recipient.
import { deterministicGuid } from '../ids.ts';
import type { EmailContent } from './marketing-content.ts';

export const TRACKING_HOST = 'https://t.contoso-insights.example';
const ASSETS_HOST = 'https://assets.contoso.example';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link's stable id, shared by the template and the EmailClicked rows (LinkId). */
export function linkId(templateKey: string, index: number): string {
  return deterministicGuid(`mkt-link:${templateKey}:${index}`);
}

/** The redirect URL the template carries in place of the target (the `Link` column of EmailClicked). */
export function trackedLink(templateKey: string, index: number): string {
  return `${TRACKING_HOST}/l/${linkId(templateKey, index)}`;
}

export function realtimeEmailHtml(c: EmailContent): string {
  const button = (text: string, i: number) =>
    `<a href="${trackedLink(c.key, i)}" style="display:inline-block;background:#0f6cbd;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">${esc(text)}</a>`;
  const links = c.links.map((l, i) =>
    i === 0
      ? `<p style="margin:24px 0">${button(l.text, i)}</p>`
      : `<p><a href="${trackedLink(c.key, i)}" style="color:#0f6cbd">${esc(l.text)}</a></p>`,
  );
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${esc(c.subject)}</title><style>@media (max-width:620px){.wrap{width:100%!important}}</style></head>`,
    '<body style="margin:0;background:#f3f2f1;font-family:Segoe UI,Helvetica,Arial,sans-serif">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">',
    `<tr><td><img src="${ASSETS_HOST}/mkt/${c.key}/hero.jpg" width="600" height="240" alt="${esc(c.headline)}" style="display:block;border:0"></td></tr>`,
    `<tr><td style="padding:24px 32px;color:#242424;font-size:15px;line-height:1.5">`,
    `<h1 style="font-size:24px;margin:0 0 16px">${esc(c.headline)}</h1>`,
    '<p>Hi {{contact.firstname}},</p>',
    ...c.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    ...links,
    '<p>Best regards,<br>The Contoso team</p></td></tr>',
    '<tr><td style="padding:16px 32px;background:#faf9f8;color:#616161;font-size:12px">',
    'Contoso Ltd., 1 Contoso Way, Redmond, WA 98052, USA<br>',
    'You receive this e-mail because you are a Contoso customer or subscribed to our news. ',
    `<a href="${TRACKING_HOST}/u/${c.key}" style="color:#616161">Unsubscribe</a> · `,
    `<a href="https://www.contoso.example/preferences" style="color:#616161">Manage preferences</a></td></tr>`,
    '</table></td></tr></table>',
    `<img src="${TRACKING_HOST}/o/${c.key}.gif" width="1" height="1" alt="" style="display:block">`,
    '</body></html>',
  ].join('\n');
}

/** Outbound marketing e-mails: the older designer's simpler single-column layout. */
export function outboundEmailHtml(subject: string, paragraphs: readonly string[], cta: { text: string; url: string }): string {
  return [
    `<html><head><title>${esc(subject)}</title></head><body style="font-family:Arial,sans-serif">`,
    '<div data-editorblocktype="Text"><p>Dear {{contact.firstname}},</p>',
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    `<p><a href="${esc(cta.url)}">${esc(cta.text)}</a></p></div>`,
    '<div data-editorblocktype="Text"><p style="font-size:11px">Contoso Ltd. · <a href="{{msdyncrm_subscriptioncenter}}">Subscription center</a></p></div>',
    '</body></html>',
  ].join('\n');
}
