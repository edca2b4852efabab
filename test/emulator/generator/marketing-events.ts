// Forms and events: each FormSubmitted interaction has its msdynmkt_marketingformsubmission row
// (same id), each EventRegistration its msevtmgt_eventregistration row, each EventCheckIn its
// msevtmgt_checkin row; a cancellation also sets the registration inactive.
import { insertRow, table } from '../store.ts';
import { iso, lookup, MINUTE, personRef } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import type { EventKey, FormKey } from './marketing-content.ts';
import { emit, type MktHist } from './marketing-rows.ts';

/** What a person types into a form's fields. */
function answers(h: MktHist, field: string, message: string): string {
  const p = h.person;
  switch (field) {
    case 'First name':
      return p.first;
    case 'Last name':
      return p.last;
    case 'Email':
      return p.email;
    case 'Company':
      return p.company;
    case 'Job title':
      return p.jobtitle;
    case 'Topics':
      return h.rng.pick(['Product news; Events', 'Events', 'Product news; Security; Offers']);
    case 'Frequency':
      return h.rng.pick(['Monthly', 'Quarterly', 'Never']);
    default:
      return message;
  }
}

const MESSAGES = [
  'Please send us a quote for 25 laptops with three years of support.',
  'We would like a demo of Surface Hub for our new meeting rooms.',
  'Can someone call me about managed backup for our two offices?',
  'What are the lead times for docking stations at the moment?',
];

export interface FormPlan {
  form: FormKey;
  at: number;
  /** Visit only, no submission. */
  visitOnly?: boolean;
  message?: string;
}

/** FormVisited, then (unless visitOnly) FormSubmitted with the values and the submission row. Returns the submission time. */
export function fillForm(h: MktHist, cat: Catalog, plan: FormPlan): number | null {
  const form = cat.forms[plan.form];
  const submissionId = h.rng.guid();
  const message = plan.message ?? h.rng.pick(MESSAGES);
  const values = JSON.stringify(form.fields.map((field) => ({ field, value: answers(h, field, message) })));
  const base = { FormId: form.id, FormName: form.name, PageUrl: form.page };
  emit(h, 'FormVisited', plan.at, { ...base, FormSubmissionId: null, SubmittedValues: null });
  if (plan.visitOnly) return null;
  const at = plan.at + h.rng.int(1, 6) * MINUTE;
  if (!emit(h, 'FormSubmitted', at, { ...base, FormSubmissionId: submissionId, SubmittedValues: values })) return null;
  const p = h.person;
  insertRow(h.gen.store, 'msdynmkt_marketingformsubmission', {
    msdynmkt_marketingformsubmissionid: submissionId,
    msdynmkt_name: `${form.name} - ${p.fullname}`,
    ...lookup('msdynmkt_marketingformid', { entity: 'msdynmkt_marketingform', id: form.id }),
    ...(p.entity === 'contact' ? lookup('msdynmkt_contactid', personRef(p)) : { _msdynmkt_contactid_value: null }),
    ...(p.entity === 'lead' ? lookup('msdynmkt_leadid', personRef(p)) : { _msdynmkt_leadid_value: null }),
    msdynmkt_submittedvalues: values,
    createdon: iso(at),
  });
  return at;
}

export interface Registration {
  id: string;
  event: EventKey;
}

/** A registration (interaction and row), or null when it would lie after now. */
export function register(h: MktHist, cat: Catalog, event: EventKey, at: number): Registration | null {
  const e = cat.events[event];
  const id = h.rng.guid();
  if (!emit(h, 'EventRegistration', at, { EventId: e.id, EventRegistrationId: id })) return null;
  const p = h.person;
  insertRow(h.gen.store, 'msevtmgt_eventregistration', {
    msevtmgt_eventregistrationid: id,
    msevtmgt_name: `${p.fullname} - ${e.name}`,
    ...(p.entity === 'contact' ? lookup('msevtmgt_contactid', personRef(p)) : { _msevtmgt_contactid_value: null }),
    ...(p.entity === 'lead' ? lookup('msevtmgt_leadid', personRef(p)) : { _msevtmgt_leadid_value: null }),
    ...lookup('msevtmgt_eventid', { entity: 'msevtmgt_event', id: e.id }),
    statecode: 0,
    statuscode: 1,
    createdon: iso(at),
    modifiedon: iso(at),
  });
  return { id, event };
}

/** EventRegistrationCanceled, and the registration row turns inactive / canceled. */
export function cancel(h: MktHist, cat: Catalog, reg: Registration, at: number): boolean {
  if (!emit(h, 'EventRegistrationCanceled', at, { EventId: cat.events[reg.event].id, EventRegistrationId: reg.id })) return false;
  // Replaced through insertRow, so query indexes see the change.
  const row = table(h.gen.store, 'msevtmgt_eventregistration').get(reg.id);
  if (row) insertRow(h.gen.store, 'msevtmgt_eventregistration', { ...row, statecode: 1, statuscode: 2, modifiedon: iso(at) });
  return true;
}

/** EventCheckIn at the door and its msevtmgt_checkin row. */
export function checkIn(h: MktHist, cat: Catalog, reg: Registration, at: number): boolean {
  const e = cat.events[reg.event];
  const id = h.rng.guid();
  if (!emit(h, 'EventCheckIn', at, { EventId: e.id, EventRegistrationId: reg.id, EventCheckInId: id })) return false;
  const p = h.person;
  insertRow(h.gen.store, 'msevtmgt_checkin', {
    msevtmgt_checkinid: id,
    msevtmgt_name: `Check-in: ${p.fullname}`,
    ...(p.entity === 'contact' ? lookup('msevtmgt_contact', personRef(p)) : { _msevtmgt_contact_value: null }),
    ...lookup('msevtmgt_event', { entity: 'msevtmgt_event', id: e.id }),
    ...lookup('msevtmgt_registration', { entity: 'msevtmgt_eventregistration', id: reg.id }),
    createdon: iso(at),
  });
  return true;
}
