// Formatted values (`@OData.Community.Display.V1.FormattedValue`): the display strings Dataverse
// computes per user. Dates are shown en-US ("4/7/2023 2:59 PM") in the user's time zone offset.
import type { AttributeDef } from '../model.ts';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Display names of tables, for `activitytypecode`/`objecttypecode` (entityname columns). */
const TABLE_LABELS: Record<string, string> = {
  email: 'Email',
  phonecall: 'Phone Call',
  appointment: 'Appointment',
  task: 'Task',
  letter: 'Letter',
  fax: 'Fax',
  socialactivity: 'Social Activity',
  recurringappointmentmaster: 'Recurring Appointment',
  campaignresponse: 'Campaign Response',
  campaignactivity: 'Campaign Activity',
  serviceappointment: 'Service Activity',
  contact: 'Contact',
  lead: 'Lead',
  account: 'Account',
  incident: 'Case',
  systemuser: 'User',
  activitypointer: 'Activity',
};

export function formatDateTime(iso: string, offsetMinutes: number): string | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t + offsetMinutes * 60_000);
  const h = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h12}:${minutes} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The formatted value of a non-lookup column, or undefined when Dataverse gives none. */
export function formatValue(attr: AttributeDef, value: unknown, offsetMinutes: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (attr.type) {
    case 'choice':
      return attr.options?.[Number(value)] ?? String(value);
    case 'bool': {
      const on = value === true || value === 1;
      return attr.options?.[on ? 1 : 0] ?? (on ? 'Yes' : 'No');
    }
    case 'datetime':
      return formatDateTime(String(value), offsetMinutes);
    case 'int':
      return integer.format(Number(value));
    case 'decimal':
      return decimal.format(Number(value));
    case 'money':
      return money.format(Number(value));
    case 'entityname':
      return TABLE_LABELS[String(value)] ?? String(value);
    default:
      return undefined;
  }
}
