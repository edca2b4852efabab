// What a reliability spec tried, printed at its end so the README's figures come from the suite.
import { after } from 'node:test';

export const tally = { faults: 0, badInputs: 0, payloads: 0 };

after(() => {
  const tried = Object.entries(tally).filter(([, n]) => n > 0);
  if (tried.length) console.log(`# reliability ${tried.map(([k, n]) => `${k}=${n}`).join(' ')}`);
});
