// Marketing histories for the org: the asset catalog, then per contact and lead their real-time
// interactions (random campaigns, or the fixed showcase for KNOWN.contact and KNOWN.lead) and,
// for some contacts, outbound interactions from the years before. Each person draws from its own
// `mkt:` stream, so the Sales and Service records and their ids are untouched.
import { DAY, type Gen, type Hist, type Person } from './context.ts';
import { buildCatalog, type Catalog } from './marketing-catalog.ts';
import { randomCampaigns, type Audience } from './marketing-campaigns.ts';
import { monthsBefore } from './marketing-dates.ts';
import { randomOutbound } from './marketing-outbound.ts';
import { drawTraits, type MktHist } from './marketing-rows.ts';
import { outboundShowcase, realtimeEdges, showcase } from './marketing-showcase.ts';
import type { People } from './people.ts';
import { POSITIONS } from './positions.ts';
import { stream, type Rng } from './prng.ts';

function audience(rng: Rng, person: Person): Audience {
  return {
    newsletter: rng.chance(0.65),
    sms: rng.chance(0.6),
    web: rng.chance(0.55),
    events: rng.chance(0.35),
    renewal: person.entity === 'contact' && !!person.account && rng.chance(0.4),
  };
}

/** Outbound interactions ran from 30 to 14 months ago (never before the contact existed). */
function outboundYears(h: Hist, cat: Catalog): void {
  const { gen, person } = h;
  const from = Math.max(person.createdon + DAY, monthsBefore(gen.now, 30).getTime());
  randomOutbound(h, cat, from, monthsBefore(gen.now, 14).getTime());
}

export function seedMarketing(gen: Gen, people: People): Catalog {
  const cat = buildCatalog(gen);
  const make = (person: Person, name: string, app: boolean | null): MktHist => {
    const rng = stream(gen.seed, name);
    const appUser = app ?? rng.chance(0.3);
    return { gen, rng, person, cat, traits: drawTraits(rng, appUser) };
  };

  people.contacts.forEach((person, i) => {
    if (person.quiet) return;
    if (i === POSITIONS.contact) {
      const h = make(person, `mkt:contact:${i}`, true);
      showcase(h, cat);
      realtimeEdges(h, cat);
      outboundShowcase(h, cat);
      return;
    }
    const h = make(person, `mkt:contact:${i}`, null);
    if (h.rng.chance(0.72)) randomCampaigns(h, cat, audience(h.rng, person));
    if (person.createdon < monthsBefore(gen.now, 15).getTime() && h.rng.chance(0.35)) outboundYears(h, cat);
  });
  people.leads.forEach((person, i) => {
    if (i === POSITIONS.lead) {
      showcase(make(person, `mkt:lead:${i}`, true), cat);
      return;
    }
    const h = make(person, `mkt:lead:${i}`, null);
    if (h.rng.chance(0.45)) randomCampaigns(h, cat, audience(h.rng, person));
  });
  return cat;
}
