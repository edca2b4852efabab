// XSS payloads by the classes of the OWASP XSS Filter Evasion Cheat Sheet and PortSwigger's XSS
// cheat sheet (script tags, event handlers, javascript: and data: URLs, SVG and MathML, attribute
// breaks, encodings, template and CSS tricks, mutation XSS). Each one that ran would fetch the
// org's /emulator/pixel with its own number, or open a dialog: the tests watch for both.
const PIXEL = 'https://contoso.crm.dynamics.com/emulator/pixel';

const fire = (n: number) => `fetch('${PIXEL}?xss=${n}')`;

const TEMPLATES: ((js: string, n: number) => string)[] = [
  (js) => `<script>${js}</script>`,
  (js) => `<img src=x onerror="${js}">`,
  (js) => `<svg onload="${js}"></svg>`,
  (js) => `<svg><script>${js}</script></svg>`,
  (js) => `<body onload="${js}">`,
  (js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`,
  (js) => `<iframe src="javascript:${js}"></iframe>`,
  (js) => `<a href="javascript:${js}">click me</a>`,
  (js) => `<a href="JaVaScRiPt:${js}">mixed case</a>`,
  (js) => `<a href="&#106;avascript:${js}">entity-encoded scheme</a>`,
  (js) => `<a href="java\tscript:${js}">tab in the scheme</a>`,
  (js) => `<form action="javascript:${js}"><button>go</button></form>`,
  (js) => `<input autofocus onfocus="${js}">`,
  (js) => `<details open ontoggle="${js}">`,
  (js) => `<video><source onerror="${js}"></video>`,
  (js) => `<audio src=x onerror="${js}">`,
  (js) => `<marquee onstart="${js}">m</marquee>`,
  (js) => `<object data="javascript:${js}"></object>`,
  (js) => `<embed src="javascript:${js}">`,
  (js) => `<math><mtext><table><mglyph><style><img src=x onerror="${js}"></style></mglyph></table></mtext></math>`,
  (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`,
  (js) => `"><img src=x onerror="${js}">`,
  (js) => `'><svg/onload=${js}>`,
  (js) => `</title><script>${js}</script>`,
  (js) => `</textarea><script>${js}</script>`,
  (js) => `<scr<script>ipt>${js}</scr</script>ipt>`,
  (js) => `<IMG SRC=x ONERROR="${js}">`,
  () => `<img src=x onerror=&#x66;&#x65;&#x74;&#x63;&#x68;('${PIXEL}?xss=encoded')>`,
  (js) => `<div style="background:url(javascript:${js})">css url</div>`,
  (js) => `<style>@import 'javascript:${js}';</style>`,
  (js) => `<link rel=stylesheet href="javascript:${js}">`,
  (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`,
  (js) => `<base href="javascript:${js}//">`,
  (js) => `<svg><a xlink:href="javascript:${js}"><text x=20 y=20>svg link</text></a></svg>`,
  (js) => `<svg><animate onbegin="${js}" attributeName=x dur=1s>`,
  (js) => `<svg><foreignObject><img src=x onerror="${js}"></foreignObject></svg>`,
  (js) => `<template><img src=x onerror="${js}"></template>`,
  (js) => `{{constructor.constructor('${js.replace(/'/g, '"')}')()}}`,
  (js) => `\${${js}}`,
  (js) => `<img src="x" onerror="eval(atob('${Buffer.from(js).toString('base64')}'))">`,
  (js) => `<a href="data:text/html;base64,${Buffer.from(`<script>${js}</script>`).toString('base64')}">data url</a>`,
  (js) => `<isindex type=image src=1 onerror="${js}">`,
  (js) => `<img src=x:alert(alt) onerror=eval(src) alt=${js}>`,
  (js) => `<svg><set attributeName=onmouseover to="${js}"/></svg>`,
  (js) => `javascript:${js}`,
  (js) => `‮<img src=x onerror="${js}">‬ right-to-left override`,
];

export interface Payload {
  n: number;
  text: string;
}

/** Every payload, numbered; each would fetch `${PIXEL}?xss=<n>` (or open a dialog) if it ran. */
export const XSS_PAYLOADS: Payload[] = TEMPLATES.map((make, i) => ({ n: i + 1, text: make(fire(i + 1), i + 1) }));

/** Also alert-style variants: a dialog would show if one ran. */
export const DIALOG_PAYLOADS: Payload[] = TEMPLATES.slice(0, 12).map((make, i) => ({
  n: 1000 + i,
  text: make('alert(document.domain)', i),
}));
