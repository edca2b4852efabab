// Website pages the visitors browse, and the outbound marketing assets (from the years before
// real-time journeys): e-mails, forms and the tracked websites.

export const SITE_URL = 'https://www.contoso.example';

export interface WebPage {
  path: string;
  /** Typical seconds spent on the page. */
  seconds: [number, number];
  /** What a visitor clicks there (WebsiteClicked), if anything. */
  click?: { text: string; url: string };
}

export const WEB_PAGES: readonly WebPage[] = [
  { path: '/', seconds: [5, 40] },
  {
    path: '/products/surface-laptop',
    seconds: [40, 240],
    click: { text: 'Request a quote', url: `${SITE_URL}/contact-us?product=surface-laptop` },
  },
  { path: '/products/surface-laptop/specs', seconds: [30, 180] },
  { path: '/products/surface-hub', seconds: [30, 200] },
  { path: '/products/managed-backup', seconds: [20, 150] },
  { path: '/pricing', seconds: [30, 300], click: { text: 'Download price list', url: `${SITE_URL}/files/contoso-price-list.pdf` } },
  { path: '/blog/hybrid-work-checklist', seconds: [60, 420] },
  { path: '/blog/five-security-settings', seconds: [60, 360] },
  { path: '/blog/device-refresh-checklist', seconds: [45, 300] },
  { path: '/support', seconds: [10, 90], click: { text: 'Open a ticket', url: 'https://portal.contoso.example/tickets/new' } },
  { path: '/events/contoso-connect', seconds: [20, 160] },
];

export const REFERRERS = [
  'https://www.bing.com/',
  'https://www.google.com/',
  'https://www.linkedin.com/',
  `${SITE_URL}/`,
  'https://t.contoso-insights.example/',
];

export const WEBSITES = [
  { key: 'corporate', name: 'Contoso corporate site', url: SITE_URL },
  { key: 'connect', name: 'Contoso Connect microsite', url: 'https://connect.contoso.example' },
  { key: 'partners', name: 'Contoso partner portal', url: 'https://partners.contoso.example' },
] as const;
export type WebsiteKey = (typeof WEBSITES)[number]['key'];

export interface OutboundEmail {
  key: string;
  name: string;
  subject: string;
  paragraphs: readonly string[];
  cta: { text: string; url: string };
}

export const OUTBOUND_EMAILS = [
  {
    key: 'product-update',
    name: 'Autumn product update',
    subject: 'What is new in the Contoso catalogue',
    paragraphs: ['Our autumn catalogue is out, with new docking stations and rugged tablets for field teams.'],
    cta: { text: 'Browse the catalogue', url: `${SITE_URL}/catalogue` },
  },
  {
    key: 'partner-newsletter',
    name: 'Partner newsletter',
    subject: 'Contoso partner news',
    paragraphs: ['News from the Contoso partner programme: new incentives, training dates and the roadshow agenda.'],
    cta: { text: 'Read the news', url: 'https://partners.contoso.example/news' },
  },
  {
    key: 'year-end-offer',
    name: 'Year-end offer',
    subject: 'Use your remaining budget: year-end offer',
    paragraphs: ['Until the end of the year, extended warranty comes free with every order of ten devices or more.'],
    cta: { text: 'See the offer', url: `${SITE_URL}/offers/year-end` },
  },
  {
    key: 'trade-show',
    name: 'Trade show invitation',
    subject: 'Meet Contoso at the Future of Work Expo',
    paragraphs: ['Visit us at booth 214 for live demos and a coffee with our engineers.'],
    cta: { text: 'Book a meeting', url: `${SITE_URL}/expo` },
  },
] as const satisfies readonly OutboundEmail[];
export type OutboundEmailKey = (typeof OUTBOUND_EMAILS)[number]['key'];

export const OUTBOUND_FORMS = [
  { key: 'contact', name: 'Contact form (outbound)', page: `${SITE_URL}/contact` },
  { key: 'roadshow', name: 'Roadshow registration form', page: 'https://partners.contoso.example/roadshow' },
  { key: 'guide', name: 'Download: buyer’s guide', page: `${SITE_URL}/guides/buyers-guide` },
] as const;
export type OutboundFormKey = (typeof OUTBOUND_FORMS)[number]['key'];
