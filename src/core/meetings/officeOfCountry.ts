// A country's office standing for its holder: `received the Indonesian President`, `called on the Prime Minister of
// Australia`, `met the US Defence Secretary`. Whoever the article named with that office and country before, else the
// one KB person of that country holding it on the day.

import type { CalendarDate } from '../calendarDate';
import { rolesOn } from '../entities/roles';
import type { Entity } from '../knowledgeBase/knowledgeBase';
import { COUNTRY_ADJECTIVES, countryOfAdjective, titleNamesCountry } from './countryAdjectives';
import type { Person } from './meetingPeople';
import { officeNamed, titleNames } from './officeHolders';

const OFFICES =
  '(?:Vice President|President|Deputy Prime Minister|Prime Minister|Defen[cs]e Minister|Minister of Defen[cs]e|Minister for Defen[cs]e|Foreign Minister|Minister for Foreign Affairs|Minister of Foreign Affairs|External Affairs Minister|Secretary of State|Secretary of Defen[cs]e|Defen[cs]e Secretary|Foreign Secretary|National Security Advis[eo]r)';

/** `the Indonesian President`, `the Prime Minister of Australia` (the country by its adjective, or after `of`). */
export const OFFICE_OF_COUNTRY = new RegExp(
  `\\bthe (?:(${COUNTRY_ADJECTIVES}) (${OFFICES})\\b|(${OFFICES}) of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b)`,
  'g',
);

export interface OfficeOfCountry {
  readonly office: string;
  readonly country: string;
  readonly start: number;
  readonly end: number;
}

/** The offices of a country a sentence's text names, in order (offsets in `body`). */
export function officesOfCountry(body: string): OfficeOfCountry[] {
  const found: OfficeOfCountry[] = [];
  OFFICE_OF_COUNTRY.lastIndex = 0;
  for (let m = OFFICE_OF_COUNTRY.exec(body); m !== null; m = OFFICE_OF_COUNTRY.exec(body)) {
    const country = m[1] ? countryOfAdjective(m[1]) : (COUNTRY_NAMES[m[4]] ?? m[4]);
    const office = (m[2] ?? m[3])
      .replace(/^Minister (?:of|for) Defen[cs]e$/, 'Defence Minister')
      .replace(/^Minister (?:of|for) Foreign Affairs$/, 'Foreign Minister');
    // (Not an office that only says whose another is: `Assistant to the Prime Minister of India`, `Office of the President`.)
    if (country && !OFFICE_OF_ANOTHER.test(body.slice(Math.max(0, m.index - 12), m.index)))
      found.push({ office, country, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
const OFFICE_OF_ANOTHER = /\b(?:to|of|for)\s+$/;
/** Countries written otherwise after `of` than the KB's `country:` fields name them. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = { US: 'United States', America: 'United States', Britain: 'United Kingdom' };

/**
 * Who holds the office: the latest of `earlier` (the article's people named before) of that country whose titles,
 * written before their name (`Indonesian President Prabowo Subianto`) or in the KB on the day, name the office; else
 * the one KB person of the country holding it on the day.
 */
export function holderOfCountryOffice(
  found: OfficeOfCountry,
  earlier: readonly Person[],
  text: string,
  entities: readonly Entity[],
  day: CalendarDate | undefined,
): Entity | Person | undefined {
  const office = officeNamed(found.office);
  const byId = (id: string | undefined) => (id ? entities.find((e) => e.id === id) : undefined);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const person = earlier[i];
    if (person.country !== found.country) continue;
    const titles = text
      .slice(Math.max(0, person.start - 60), person.start)
      .toLowerCase()
      .replace('defense', 'defence');
    if (titles.includes(office)) return person;
    const entity = byId(person.id ?? undefined);
    if (entity && day && rolesOn(entity, day).some((r) => namesOffice(r.title, office))) return person;
  }
  if (!day) return undefined;
  const holders = entities.filter(
    (e) =>
      e.type === 'person' &&
      rolesOn(e, day).some(
        (r) => namesOffice(r.title, office) && (e.country === found.country || titleNamesCountry(r.title, found.country)),
      ),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * A title of the office, under any of its names (`US Secretary of Defense` for `the US Defence Secretary`), and not of
 * its deputy (`Deputy Prime Minister of Australia` is no `prime minister`).
 */
function namesOffice(title: string, office: string): boolean {
  const lower = title.toLowerCase().replace('defense', 'defence');
  return (SAME_OFFICE[office] ?? [office]).some((name) => {
    if (!titleNames(lower, name)) return false;
    const at = lower.indexOf(name);
    return at < 0 || !/\b(?:deputy|vice|assistant|under|junior|state)\s+$/.test(lower.slice(0, at));
  });
}
const SAME_OFFICE: Readonly<Record<string, readonly string[]>> = {
  'defence minister': ['defence minister', 'minister for defence', 'minister of defence', 'secretary of defence'],
  'defence secretary': ['defence secretary', 'secretary of defence', 'secretary of state for defence'],
  'foreign minister': ['foreign minister', 'minister for foreign affairs', 'minister of foreign affairs', 'external affairs minister'],
};
