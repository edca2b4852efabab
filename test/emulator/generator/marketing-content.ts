// The marketing assets' words: real-time e-mail templates, SMS texts, push notifications, forms,
// journeys and events, as a marketing team at Contoso would write them. marketing-catalog.ts turns
// them into rows; marketing-html.ts lays the e-mails out.

export interface EmailLink {
  text: string;
  url: string;
}

export interface EmailContent {
  key: string;
  name: string;
  subject: string;
  headline: string;
  paragraphs: readonly string[];
  links: readonly EmailLink[];
}

const SITE = 'https://www.contoso.example';

export const EMAILS = [
  {
    key: 'spring-newsletter',
    name: 'Spring newsletter',
    subject: 'Fresh ideas for your workplace this spring',
    headline: 'Spring at Contoso',
    paragraphs: [
      'This season we look at how hybrid teams really use their meeting rooms, and what to change first.',
      'Plus: three customers tell us how they cut device set-up time in half.',
    ],
    links: [
      { text: 'Read the blog', url: `${SITE}/blog/hybrid-work-checklist` },
      { text: 'See the offers', url: `${SITE}/offers/spring` },
    ],
  },
  {
    key: 'summer-newsletter',
    name: 'Summer newsletter',
    subject: 'Your summer update from Contoso',
    headline: 'Summer update',
    paragraphs: [
      'Summer is a good time to plan device refreshes before the autumn rush. Here is our checklist.',
      'Also new: managed backup for small offices, from 5 seats.',
    ],
    links: [
      { text: 'Get the checklist', url: `${SITE}/blog/device-refresh-checklist` },
      { text: 'Managed backup', url: `${SITE}/products/managed-backup` },
    ],
  },
  {
    key: 'autumn-newsletter',
    name: 'Autumn newsletter',
    subject: 'Autumn news: security, support and a new portal',
    headline: 'Autumn news',
    paragraphs: [
      'Our new customer portal is live: track orders, open support tickets and download invoices in one place.',
      'And our security team shares five settings every admin should check this quarter.',
    ],
    links: [
      { text: 'Open the portal', url: 'https://portal.contoso.example/' },
      { text: 'Five security settings', url: `${SITE}/blog/five-security-settings` },
    ],
  },
  {
    key: 'winter-newsletter',
    name: 'Winter newsletter',
    subject: 'A look back at the year, and what comes next',
    headline: 'The year in review',
    paragraphs: [
      'Thank you for another year with Contoso. Here are the releases, events and stories you liked most.',
      'Next year we bring Contoso Connect back to Seattle: save the date.',
    ],
    links: [
      { text: 'The year in review', url: `${SITE}/blog/year-in-review` },
      { text: 'Save the date', url: `${SITE}/events/contoso-connect` },
    ],
  },
  {
    key: 'product-launch',
    name: 'Product launch: Surface Laptop',
    subject: 'Meet the new Surface Laptop for business',
    headline: 'The new Surface Laptop is here',
    paragraphs: [
      'Faster, lighter and with all-day battery life: the new Surface Laptop is ready for your team.',
      'Order before the end of the month and get 10% off for 25 devices or more, with free deployment.',
    ],
    links: [
      { text: 'Pricing', url: `${SITE}/pricing` },
      { text: 'Explore Surface Laptop', url: `${SITE}/products/surface-laptop` },
      { text: 'Talk to sales', url: `${SITE}/contact-us` },
    ],
  },
  {
    key: 'welcome',
    name: 'Welcome to Contoso',
    subject: 'Welcome to Contoso, {{contact.firstname}}',
    headline: 'Welcome aboard',
    paragraphs: [
      'Thanks for choosing Contoso. Your account team is ready, and your customer portal is set up.',
      'Over the next days we will send you a few tips to get the most out of your devices and support.',
    ],
    links: [{ text: 'Visit your portal', url: 'https://portal.contoso.example/' }],
  },
  {
    key: 'getting-started',
    name: 'Onboarding: getting started tips',
    subject: 'Three things to set up in your first week',
    headline: 'Getting started',
    paragraphs: [
      'Invite your colleagues to the portal, register your devices for warranty, and set your support contacts.',
      'It takes ten minutes, and it makes every support call faster.',
    ],
    links: [
      { text: 'Register devices', url: 'https://portal.contoso.example/devices' },
      { text: 'Support options', url: `${SITE}/support` },
    ],
  },
  {
    key: 'renewal-reminder',
    name: 'Renewal reminder',
    subject: 'Your Contoso support plan renews soon',
    headline: 'Time to renew',
    paragraphs: [
      'Your support plan renews in 30 days. Renew now to keep next-business-day replacements and priority support.',
      'Adding seats? Your account manager can prepare a quote with your current terms.',
    ],
    links: [
      { text: 'Renew now', url: 'https://portal.contoso.example/renewals' },
      { text: 'Compare plans', url: `${SITE}/support/plans` },
    ],
  },
  {
    key: 'webinar-invitation',
    name: 'Webinar invitation',
    subject: 'Live webinar: learn from our experts, ask your questions',
    headline: 'Join us live',
    paragraphs: [
      'In 45 minutes our experts show what works, what does not, and answer your questions live.',
      'Cannot make it? Register anyway and we will send you the recording.',
    ],
    links: [
      { text: 'Register now', url: `${SITE}/webinars` },
      { text: 'Add to calendar', url: `${SITE}/webinars/calendar.ics` },
    ],
  },
  {
    key: 'event-invitation',
    name: 'Contoso Connect invitation',
    subject: 'You are invited to Contoso Connect in Seattle',
    headline: 'Contoso Connect',
    paragraphs: [
      'Two days of keynotes, hands-on labs and meetings with our product teams at the Contoso Conference Center.',
      'Seats for the labs are limited: register early to pick your sessions.',
    ],
    links: [
      { text: 'Register now', url: `${SITE}/events/contoso-connect/register` },
      { text: 'See the agenda', url: `${SITE}/events/contoso-connect/agenda` },
    ],
  },
  {
    key: 'customer-survey',
    name: 'Annual customer survey',
    subject: 'How are we doing? Five minutes for our annual survey',
    headline: 'Tell us how we are doing',
    paragraphs: [
      'Once a year we ask our customers what we should keep, change or stop. It takes five minutes.',
      'Every answer is read by our customer success team.',
    ],
    links: [{ text: 'Take the survey', url: 'https://survey.contoso.example/annual' }],
  },
  {
    key: 'holiday-greetings',
    name: 'Holiday greetings',
    subject: 'Season’s greetings from everyone at Contoso',
    headline: 'Season’s greetings',
    paragraphs: [
      'Thank you for working with us this year. Our support desk stays open over the holidays, as always.',
      'We wish you and your team a restful break.',
    ],
    links: [{ text: 'Holiday support hours', url: `${SITE}/support/hours` }],
  },
] as const satisfies readonly EmailContent[];

export type EmailKey = (typeof EMAILS)[number]['key'];
export const NEWSLETTERS: readonly EmailKey[] = ['spring-newsletter', 'summer-newsletter', 'autumn-newsletter', 'winter-newsletter'];

export const SMSES = [
  {
    key: 'launch-offer',
    name: 'Launch offer SMS',
    text: 'Contoso: the new Surface Laptop is here. 10% off for business customers until Friday: https://contoso.example/s/launch Reply STOP to opt out',
    link: { name: 'Launch offer', url: `${SITE}/products/surface-laptop?utm_source=sms` },
  },
  {
    key: 'event-reminder',
    name: 'Contoso Connect reminder SMS',
    text: 'Contoso Connect starts tomorrow at 8:30, Contoso Conference Center, Seattle. Your badge is at the front desk. See you there!',
  },
  {
    key: 'renewal-notice',
    name: 'Renewal notice SMS',
    text: 'Contoso: your support plan renews in 7 days. Questions? Call +1 425 555 0100. Reply STOP to opt out',
  },
  {
    key: 'webinar-soon',
    name: 'Webinar reminder SMS',
    text: 'Contoso: your webinar starts in 1 hour. The join link is in your confirmation e-mail.',
  },
] as const;
export type SmsKey = (typeof SMSES)[number]['key'];

export const PUSHES = [
  {
    key: 'launch-day',
    name: 'Launch day push',
    title: 'The new Surface Laptop is here',
    body: 'Order today in the Contoso app and get free next-day delivery.',
    url: `${SITE}/products/surface-laptop?utm_source=app`,
  },
  {
    key: 'connect-tomorrow',
    name: 'Contoso Connect push',
    title: 'Contoso Connect starts tomorrow',
    body: 'Open your agenda and save your favourite sessions.',
    url: `${SITE}/events/contoso-connect/agenda?utm_source=app`,
  },
] as const;
export type PushKey = (typeof PUSHES)[number]['key'];

export const FORMS = [
  { key: 'contact-us', name: 'Contact us', page: `${SITE}/contact-us`, fields: ['First name', 'Last name', 'Email', 'Company', 'Message'] },
  {
    key: 'webinar-signup',
    name: 'Webinar sign-up',
    page: `${SITE}/webinars/register`,
    fields: ['First name', 'Last name', 'Email', 'Job title', 'Company'],
  },
  { key: 'newsletter-preferences', name: 'Newsletter preferences', page: `${SITE}/preferences`, fields: ['Email', 'Topics', 'Frequency'] },
] as const;
export type FormKey = (typeof FORMS)[number]['key'];

export const JOURNEYS = [
  { key: 'newsletter', name: 'Monthly newsletter' },
  { key: 'spring-launch', name: 'Spring launch' },
  { key: 'onboarding', name: 'Onboarding' },
  { key: 'renewal', name: 'Renewal' },
  { key: 'webinars', name: 'Webinar series' },
  { key: 'connect', name: 'Contoso Connect' },
  { key: 'feedback', name: 'Customer feedback' },
  { key: 'greetings', name: 'Seasonal greetings' },
] as const;
export type JourneyKey = (typeof JOURNEYS)[number]['key'];

/** Event dates are days from now (negative = past); the roadshow is in the outbound era. */
export const EVENTS = [
  { key: 'connect', name: 'Contoso Connect', startDays: -40, hours: 32.5, building: 'Contoso Conference Center, Seattle' },
  { key: 'webinar-workplace', name: 'Webinar: The modern workplace', startDays: -75, hours: 1, building: 'Online' },
  { key: 'webinar-hybrid', name: 'Webinar: Securing hybrid work', startDays: 21, hours: 1, building: 'Online' },
  { key: 'roadshow', name: 'Partner roadshow London', startDays: -670, hours: 8, building: 'Contoso Partner Hub, London' },
] as const;
export type EventKey = (typeof EVENTS)[number]['key'];
