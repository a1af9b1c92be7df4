// The project's own sample articles (samples/, written for Newsmark) as regression inputs:
// mentions that were visibly wrong there, checked through the whole pipeline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../../../src/core/extract';

const sample = (name: string) => extract(readFileSync(join(__dirname, '../../../../../samples', name), 'utf8'));

/** "text=entity/type" of the mentions whose text matches. */
function mentions(name: string, text: RegExp): string[] {
  return sample(name).actors.filter((a) => text.test(a.text)).map((a) => `${a.text}=${a.entity}/${a.type}`);
}

describe('actors in the sample articles', () => {
  it('fare-freeze: the city heading organization names ("Ashford City Council", "Ashford Ledger") stays a place', () => {
    assert.deepEqual(mentions('fare-freeze.txt', /^Ashford$|^ASHFORD$/), ['Ashford=Ashford/place', 'ASHFORD=Ashford/place', 'Ashford=Ashford/place']);
  });

  it('reservoir-drought: the country heading "Valdria Press" stays a place', () => {
    assert.deepEqual(mentions('reservoir-drought.txt', /^Valdria$/), ['Valdria=Valdria/place', 'Valdria=Valdria/place']);
  });

  it('clinic-wait-times: the agency of a dateline with a state abbreviation, and "Office of the Auditor"', () => {
    assert.deepEqual(mentions('clinic-wait-times.txt', /Northline|Auditor/), [
      'Northline=Northline/organization',
      'Office of the Auditor=Office of the Auditor/organization',
      'Northline=Northline/organization',
    ]);
  });

  it('briefing: "36°C. Cooling" holds no name, and the credited newspaper is an organization', () => {
    assert.deepEqual(mentions('briefing.md', /Cooling|Courier/), ['Pelling Bay Courier=Pelling Bay Courier/organization']);
  });
});
