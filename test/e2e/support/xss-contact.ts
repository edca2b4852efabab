// A contact whose history is made of XSS payloads in every place the panel shows user content:
// activity titles and email bodies, the names of the people on them, note titles and texts, posts
// and case titles. Put straight into the emulated org's store.
import { insertRow } from '../../emulator/store.ts';
import type { Store } from '../../emulator/model.ts';
import { USERS } from '../../emulator/users.ts';
import type { Payload } from './xss-payloads.ts';

const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';
const guid = (kind: number, n: number) => `${(0xa55a0000 + kind).toString(16)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface XssContact {
  contactId: string;
  /** How many places hold a payload. */
  placements: number;
}

export function addXssContact(store: Store, payloads: Payload[], now = new Date()): XssContact {
  const contactId = guid(0, 0);
  insertRow(store, 'contact', {
    contactid: contactId,
    fullname: 'Xavier Scripting',
    firstname: 'Xavier',
    lastname: 'Scripting',
    statecode: 0,
  });
  const owner = USERS.admin.systemuserid;
  let placements = 0;
  payloads.forEach((payload, i) => {
    const at = new Date(now.getTime() - (i + 1) * 3_600_000).toISOString();
    // The other party of the email is a contact whose name is the payload.
    const partyId = guid(1, i + 1);
    insertRow(store, 'contact', { contactid: partyId, fullname: payload.text, lastname: payload.text.slice(0, 100), statecode: 0 });
    insertRow(store, 'email', {
      activityid: guid(2, i + 1),
      subject: payload.text,
      description: `<p>Body ${payload.n}</p>${payload.text}`,
      statecode: 1,
      statuscode: 4,
      directioncode: true,
      createdon: at,
      modifiedon: at,
      actualend: at,
      sortdate: at,
      _regardingobjectid_value: contactId,
      [`_regardingobjectid_value${L}`]: 'contact',
      _ownerid_value: owner,
      [`_ownerid_value${L}`]: 'systemuser',
      email_activity_parties: [
        { activitypartyid: guid(3, i * 2 + 1), participationtypemask: 1, _partyid_value: partyId, [`_partyid_value${L}`]: 'contact' },
        { activitypartyid: guid(3, i * 2 + 2), participationtypemask: 2, _partyid_value: contactId, [`_partyid_value${L}`]: 'contact' },
      ],
    });
    insertRow(store, 'annotation', {
      annotationid: guid(4, i + 1),
      subject: payload.text,
      notetext: payload.text,
      isdocument: false,
      _objectid_value: contactId,
      [`_objectid_value${L}`]: 'contact',
      objecttypecode: 'contact',
      createdon: at,
      modifiedon: at,
    });
    insertRow(store, 'post', {
      postid: guid(5, i + 1),
      text: payload.text,
      source: 2,
      type: 7,
      _regardingobjectid_value: contactId,
      [`_regardingobjectid_value${L}`]: 'contact',
      createdon: at,
      modifiedon: at,
    });
    insertRow(store, 'incident', {
      incidentid: guid(6, i + 1),
      title: payload.text,
      ticketnumber: `CAS-X${i}`,
      description: payload.text,
      statecode: 0,
      statuscode: 1,
      prioritycode: 2,
      _customerid_value: contactId,
      [`_customerid_value${L}`]: 'contact',
      createdon: at,
      modifiedon: at,
    });
    placements += 8; // subject, body, party name, note title, note text, post, case title, case description
  });
  return { contactId, placements };
}
