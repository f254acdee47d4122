// An office standing for its holder (`the Prime Minister`, `EAM`, `the Secretary`): the one KB person holding it
// on the day, of the article's home country where several countries have one.

import type { CalendarDate } from '../calendarDate';
import { rolesOn } from '../entities/roles';
import type { Entity } from '../knowledgeBase/knowledgeBase';
import type { Person } from './meetingPeople';

/** Offices as Indian releases and briefings abbreviate them (`Yes, EAM met Foreign Minister Wang Yi`), as the KB's roles name them. */
export const OFFICE_ABBREVIATIONS: Record<string, string> = {
  EAM: 'external affairs minister',
  NSA: 'national security adviser',
  CDS: 'chief of defence staff',
  COAS: 'chief of the army staff',
  CNS: 'chief of the naval staff',
  CAS: 'chief of the air staff',
  // PIB's releases write `RM` for the Raksha Mantri once named.
  RM: 'defence minister of india',
  // PIB's English releases keep the Hindi title of the Defence Minister.
  'Raksha Mantri': 'defence minister of india',
};
export const ABBREVIATIONS = Object.keys(OFFICE_ABBREVIATIONS).join('|');
/** Offices written out that stand for their holder where no name follows (`Prime Minister arrived …`, a label `Foreign Secretary:`). */
export const WRITTEN_OFFICES =
  '(?:Prime|Defence|Defense|Foreign|External Affairs) Minister|Foreign Secretary|Defence Secretary|National Security Advis[eo]r';

/** The office as the KB's titles spell it: `EAM` → `external affairs minister`, `Defense Minister` → `defence minister`. */
export function officeNamed(written: string): string {
  return OFFICE_ABBREVIATIONS[written] ?? written.toLowerCase().replace('defense', 'defence').replace('advisor', 'adviser');
}

/** For each knowledge base (its entity list): office and day → its holders. */
const holders = new WeakMap<readonly Entity[], Map<string, readonly Entity[]>>();

/**
 * The one KB person holding an office whose title names `office` on the day — where several countries have one, that
 * of the country the article names most people of among those countries (`the Prime Minister` in an Indian release
 * about a visit to Washington is India's, whoever else it names); a long article asks again and again.
 */
export function soleHolder(
  entities: readonly Entity[],
  office: string,
  day: CalendarDate,
  countries: () => ReadonlyMap<string, number>,
): Entity | undefined {
  let known = holders.get(entities);
  if (!known) holders.set(entities, (known = new Map()));
  const key = `${office}|${day.year}-${day.month}-${day.day}`;
  let all = known.get(key);
  if (all === undefined) {
    all = entities.filter((e) => e.type === 'person' && rolesOn(e, day).some((r) => titleNames(r.title, office)));
    known.set(key, all);
  }
  if (all.length <= 1) return all[0];
  const counts = countries();
  let best: Entity[] = [];
  let most = 0;
  for (const holder of all) {
    const n = (holder.country && counts.get(holder.country)) || 0;
    if (n > most) [best, most] = [[holder], n];
    else if (n === most && n > 0) best.push(holder);
  }
  return best.length === 1 ? best[0] : undefined;
}

/**
 * Whether a role's title is the office: a title containing it (`Prime Minister of India` for `prime minister`),
 * but a bare word only as the title's head (`the Secretary` is a `US Secretary of State`, not a `Foreign Secretary`
 * or a `Deputy Secretary`; `the President` is no `Vice President`).
 */
export function titleNames(title: string, office: string): boolean {
  const lower = title.toLowerCase();
  if (office.includes(' ')) return lower.includes(office);
  const head = lower.replace(/^(?:acting\s+)?(?:(?:u\.s\.|us|uk)\s+)?/, '');
  return head === office || head.startsWith(`${office} `);
}

/** For each article's people: the counts of peopleByCountry. */
const countsOf = new WeakMap<readonly Person[], ReadonlyMap<string, number>>();

/**
 * How many of the article's people (mentions) are of each country: whose office `the Prime Minister` is. Counted once
 * per article (a transcript asks at every `EAM:`).
 */
export function peopleByCountry(people: readonly Person[]): ReadonlyMap<string, number> {
  let counts = countsOf.get(people);
  if (!counts) {
    const made = new Map<string, number>();
    for (const p of people) if (p.country) made.set(p.country, (made.get(p.country) ?? 0) + 1);
    countsOf.set(people, (counts = made));
  }
  return counts;
}
