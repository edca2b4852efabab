// Timeline items that are not activities: notes (annotations) and posts.
import { insertRow } from '../store.ts';
import type { EmulatedUser } from '../users.ts';
import { userRef } from './activities.ts';
import { DAY, iso, lookup, MINUTE, officeTime, type Hist, type Ref } from './context.ts';
import { ATTACHMENTS, fill, MANUAL_POSTS, MONTHS, NOTES, PRODUCTS } from './texts.ts';

function textVars(h: Hist): Record<string, string | number> {
  const { rng, person } = h;
  return {
    first: person.first,
    company: person.company
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/ /g, '_'),
    city: person.city,
    product: rng.pick(PRODUCTS),
    n: rng.int(2, 60),
    quarter: rng.int(1, 4),
    month: rng.pick(MONTHS),
    year: new Date(h.gen.now).getUTCFullYear() - rng.int(0, 1),
  };
}

/** A system-generated post on the person's wall (source 1 = Auto Post). */
export function autoPost(h: Hist, text: string, at: number, by: EmulatedUser, on?: Ref): number {
  const { gen, rng, person } = h;
  const t = Math.min(gen.now, at);
  insertRow(gen.store, 'post', {
    postid: rng.guid(),
    text,
    source: 1,
    type: 7,
    ...lookup('regardingobjectid', on ?? { entity: person.entity, id: person.id }),
    createdon: iso(t),
    modifiedon: iso(t),
    ...lookup('createdby', userRef(by)),
  });
  return on && on.id !== person.id ? 0 : 1;
}

/** A post someone wrote by hand (source 2 = Manual Post). */
export function manualPost(h: Hist, age: number): number {
  const { gen, rng, person } = h;
  const t = officeTime(gen, rng, Math.max(age, 0));
  const by = rng.chance(0.7) ? person.owner : rng.pick([person.owner, h.person.account?.owner ?? person.owner]);
  const text = fill(rng.pick(MANUAL_POSTS), { ...textVars(h), company: person.company });
  insertRow(gen.store, 'post', {
    postid: rng.guid(),
    text,
    source: 2,
    type: rng.pick([7, 7, 3, 5]),
    ...lookup('regardingobjectid', { entity: person.entity, id: person.id }),
    createdon: iso(t),
    modifiedon: iso(t),
    ...lookup('createdby', userRef(by)),
  });
  return 1;
}

/** A note on `on` (the person, or a case); some carry a file attachment. */
export function note(h: Hist, opts: { age: number; on: Ref; file?: boolean; by?: EmulatedUser }): number {
  const { gen, rng, person } = h;
  const t = officeTime(gen, rng, Math.max(opts.age, 0));
  const by = opts.by ?? person.owner;
  const v = textVars(h);
  const file = opts.file ?? rng.chance(0.2);
  const attachment = rng.pick(ATTACHMENTS);
  const [subject, text] = rng.pick(NOTES);
  const edited = rng.chance(0.2) ? Math.min(gen.now, t + rng.int(1, 30) * DAY) : t + rng.int(0, 3) * MINUTE;
  insertRow(gen.store, 'annotation', {
    annotationid: rng.guid(),
    subject: file
      ? fill(attachment.name, v)
          .replace(/\.\w+$/, '')
          .replace(/_/g, ' ')
      : subject,
    notetext: file ? fill(rng.pick(['Attached for reference.', 'Latest version.', '']), v) : fill(text, { ...v, company: person.company }),
    filename: file ? fill(attachment.name, v) : null,
    mimetype: file ? attachment.mime : null,
    filesize: file ? rng.int(18, 2400) * 1024 : 0,
    isdocument: file,
    ...lookup('objectid', opts.on),
    objecttypecode: opts.on.entity,
    createdon: iso(t),
    modifiedon: iso(Math.min(gen.now, edited)),
    ...lookup('createdby', userRef(by)),
    ...lookup('ownerid', userRef(by)),
  });
  return opts.on.id === person.id ? 1 : 0;
}
