// Benchmark contacts: a contact with exactly N activities (emails, calls, tasks, appointments with
// parties) put straight into the emulated org's store, so sizes up to 50,000 cost no generator time.
import { insertRow } from '../test/emulator/store.ts';
import type { Store } from '../test/emulator/model.ts';
import { USERS } from '../test/emulator/users.ts';

const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';
const TYPES = ['email', 'phonecall', 'task', 'appointment'] as const;

function guid(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/** Adds a contact with `count` activities over two years; returns its id. */
export function addBenchContact(store: Store, count: number, now: Date): string {
  const contactId = guid(0xbe9c0000 + (count % 0xffff), 0);
  insertRow(store, 'contact', {
    contactid: contactId,
    fullname: `Bench Contact ${count}`,
    firstname: 'Bench',
    lastname: `Contact ${count}`,
    emailaddress1: `bench.${count}@bench.example`,
    statecode: 0,
    createdon: new Date(now.getTime() - 800 * 86_400_000).toISOString(),
  });
  const owner = USERS.admin.systemuserid;
  const span = 730 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]!;
    const id = guid(0xbe000000 + (count % 0xffff), i + 1);
    const at = new Date(now.getTime() - Math.floor(((i + 0.5) / count) * span)).toISOString();
    const party = (mask: number, party: string, table: string) => ({
      activitypartyid: guid(0xbf000000 + (count % 0xffff), i * 2 + mask),
      participationtypemask: mask,
      _partyid_value: party,
      [`_partyid_value${L}`]: table,
    });
    insertRow(store, type, {
      activityid: id,
      subject: `${type === 'email' ? 'Re: order' : type === 'phonecall' ? 'Call about order' : type === 'task' ? 'Follow up order' : 'Review meeting'} #${i + 1}`,
      statecode: 1,
      statuscode: type === 'task' ? 5 : 2,
      prioritycode: 1,
      createdon: at,
      modifiedon: at,
      actualend: at,
      sortdate: at,
      _regardingobjectid_value: contactId,
      [`_regardingobjectid_value${L}`]: 'contact',
      _ownerid_value: owner,
      [`_ownerid_value${L}`]: 'systemuser',
      [`${type}_activity_parties`]: [
        party(1, i % 2 ? contactId : owner, i % 2 ? 'contact' : 'systemuser'),
        party(2, i % 2 ? owner : contactId, i % 2 ? 'systemuser' : 'contact'),
      ],
    });
  }
  return contactId;
}
