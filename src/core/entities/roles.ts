// Which office a person held on an article's date: the hover says "US Secretary of Defense
// (2021–2025)" for Lloyd Austin in a 2024 article and does not for a 2025 one.

import { type CalendarDate, compareDates } from '../calendarDate';
import type { Entity, Role } from '../knowledgeBase/knowledgeBase';
import { earliestDay, latestDay } from '../knowledgeBase/partialDate';

export function heldOn(role: Role, date: CalendarDate): boolean {
  if (role.from && compareDates(date, earliestDay(role.from)) < 0) return false;
  if (role.to && compareDates(date, latestDay(role.to)) > 0) return false;
  return role.from !== undefined || role.to !== undefined;
}

/** The roles held on the date, most recently begun first. */
export function rolesOn(entity: Entity, date: CalendarDate): Role[] {
  const began = (r: Role) => (r.from ? earliestDay(r.from) : { year: 0, month: 1, day: 1 });
  return entity.roles.filter((r) => heldOn(r, date)).sort((a, b) => compareDates(began(b), began(a)));
}

/** `US Secretary of Defense (2021–2025)`, `Minister of Defence (2019–)`. */
export function describeRole(role: Role): string {
  const from = role.from ? String(role.from.year) : '';
  const to = role.to ? String(role.to.year) : '';
  if (!from && !to) return role.title;
  return `${role.title} (${from}–${to})`;
}
