// The hover card for a mention, as Markdown. Everything that comes from the KB or the article is
// escaped: a KB is user data and must never be able to inject links, images or HTML into a hover.

import type { CalendarDate } from '../calendarDate';
import { formatIsoDate } from '../calendarDate';
import type { Entity } from '../knowledgeBase/knowledgeBase';
import { plural } from '../tally';
import type { EntityMention } from './recognizeEntities';
import { describeRole, rolesOn } from './roles';

export interface MentionContext {
  /** The article's publication date, for the role held then. */
  readonly articleDate?: CalendarDate;
  /** How many workspace articles mention the entity, and a few of them (label + link target). */
  readonly articles?: { readonly count: number; readonly examples: readonly { readonly label: string; readonly target: string }[] };
}

/**
 * Escapes text so Markdown shows it literally, while staying readable as plain text: parentheses,
 * dots and colons stay as they are unless they would make something. Brackets, emphasis and HTML
 * characters are escaped (no link, image or tag can form); so are the colon of `://`, and dots and
 * `@` inside words (no bare `https://…`, `www.…` or e-mail link); line breaks become spaces and a
 * list or heading marker at the start is escaped (KB text cannot start a block of its own).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]#|<>~&!$]|:(?=\/\/)|[.@](?=[\p{L}\p{N}])(?<=[\p{L}\p{N}][.@])/gu, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
      /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}

export function describeMention(mention: EntityMention, context: MentionContext = {}): string {
  const entity = mention.entity;
  if (!entity) {
    return [
      `**${escapeMarkdown(mention.text)}** · not in the knowledge base`,
      `Looks like ${/^[aeiou]/.test(mention.type) ? 'an' : 'a'} ${escapeMarkdown(mention.type)}. Use the quick fix to add it.`,
    ].join('\n\n');
  }
  return describeEntity(entity, mention, context);
}

export function describeEntity(entity: Entity, mention: EntityMention | undefined, context: MentionContext = {}): string {
  const lines: string[] = [];
  lines.push(
    `**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entity.type)}${entity.country ? ` · ${escapeMarkdown(entity.country)}` : ''}`,
  );
  if (mention?.kind === 'misspelled') lines.push(`Misspelt here as "${escapeMarkdown(mention.text)}".`);
  if (entity.roles.length > 0) {
    const held = context.articleDate ? rolesOn(entity, context.articleDate) : [];
    if (held.length > 0 && context.articleDate) {
      lines.push(`${held.map((r) => escapeMarkdown(describeRole(r))).join('; ')} — on ${formatIsoDate(context.articleDate)}`);
    } else {
      const all = entity.roles.map((r) => escapeMarkdown(describeRole(r))).join('; ');
      lines.push(context.articleDate ? `No recorded office on ${formatIsoDate(context.articleDate)}. Roles: ${all}` : `Roles: ${all}`);
    }
  }
  if (entity.description) lines.push(escapeMarkdown(entity.description));
  if (entity.aliases.length > 0) lines.push(`Also: ${entity.aliases.map(escapeMarkdown).join(', ')}`);
  const facts: string[] = [];
  if (entity.url && /^https?:\/\//i.test(entity.url)) facts.push(`[${escapeMarkdown(hostOf(entity.url))}](${linkDestination(entity.url)})`);
  if (context.articles) {
    const { count, examples } = context.articles;
    const links = examples.map((e) => `[${escapeMarkdown(e.label)}](${linkDestination(e.target)})`).join(', ');
    facts.push(`Mentioned in ${plural(count, 'article')}${links ? `: ${links}${count > examples.length ? ', …' : ''}` : ''}`);
  }
  if (facts.length > 0) lines.push(facts.join(' · '));
  return lines.join('\n\n');
}

/**
 * A URL as a Markdown link destination that cannot end early or start anything else: every character but
 * the URL's own safe ones (letters, digits, `-._~:/?#@!$&*+,;=%`) is percent-encoded — parentheses, quotes,
 * brackets, backslashes, backticks, spaces, angle brackets, control and non-ASCII characters included.
 * (`encodeURIComponent` leaves `(`, `)` and `'` alone: a KB `url:` could close the link and open another.)
 */
export function linkDestination(url: string): string {
  let out = '';
  for (const c of url) out += /[A-Za-z0-9\-._~:/?#@!$&*+,;=%]/.test(c) ? c : percentEncoded(c);
  return out;
}

function percentEncoded(c: string): string {
  const hex = (code: number) => `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  if (c.length === 1 && c.charCodeAt(0) < 0x80) return hex(c.charCodeAt(0));
  try {
    return encodeURIComponent(c);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: U+FFFD, the replacement character
  }
}

/** The host of an http(s) URL, as `new URL(url).host` gives it (the core has no WHATWG URL: no DOM, no Node). */
function hostOf(url: string): string {
  const authority = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1];
  const host = authority?.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  return host || url;
}
