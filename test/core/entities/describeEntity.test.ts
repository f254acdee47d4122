// The hover card of a mention: what the KB says about the entity, the office held on the article's
// date, and all KB text shown literally (a KB is user data: it must not inject links, images or HTML).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeEntity, describeMention, escapeMarkdown } from '../../../src/core';
import { indexOf, recognize } from './entityFixture';

// The Markdown renderer the VS Code packaging tool uses (a CommonMark implementation), with raw HTML
// and bare-link detection switched on: the most permissive reading a hover could get.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(source: string): string };
const markdown = new MarkdownIt({ html: true, linkify: true });

/** The rendered HTML of one paragraph of Markdown, without its <p> wrapper. */
const rendered = (source: string) =>
  markdown
    .render(source)
    .trim()
    .replace(/^<p>|<\/p>$/g, '');

/** What an HTML fragment shows as text: entities decoded. */
const shown = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const KB = [
  'entities:',
  '  - id: lloyd-austin',
  '    name: Lloyd Austin',
  '    type: person',
  '    aliases: [Lloyd J Austin, "@SecDef"]',
  '    country: United States',
  '    description: 28th US Secretary of Defense.',
  '    url: https://en.wikipedia.org/wiki/Lloyd_Austin_(general)',
  '    roles:',
  '      - {title: US Secretary of Defense, from: 2021-01-22, to: 2025-01-20}',
].join('\n');

describe('the hover card', () => {
  const index = indexOf(KB);
  const [austin] = recognize('Lloyd Austin spoke.', index);

  test('names the entity, its type and country, the office held on the article date, the description and the aliases', () => {
    const card = describeMention(austin, { articleDate: { year: 2024, month: 11, day: 22 } });
    const paragraphs = card.split('\n\n');
    assert.equal(paragraphs[0], '**Lloyd Austin** · person · United States');
    assert.equal(rendered(paragraphs[1]), 'US Secretary of Defense (2021–2025) — on 2024-11-22');
    assert.equal(rendered(paragraphs[2]), '28th US Secretary of Defense.');
    assert.equal(rendered(paragraphs[3]), 'Also: Lloyd J Austin, @SecDef');
    assert.match(
      rendered(paragraphs[4]),
      /^<a href="https:\/\/en\.wikipedia\.org\/wiki\/Lloyd_Austin_(?:\(general\)|%28general%29)">en\.wikipedia\.org<\/a>$/,
    );
  });

  test('says when no office was held on the article date, and lists the roles', () => {
    const card = describeMention(austin, { articleDate: { year: 2026, month: 1, day: 1 } });
    assert.equal(rendered(card.split('\n\n')[1]), 'No recorded office on 2026-01-01. Roles: US Secretary of Defense (2021–2025)');
  });

  test('a misspelt mention says how it was written', () => {
    const [misspelt] = recognize('Llyod Austin spoke.', index);
    assert.equal(shown(rendered(describeMention(misspelt).split('\n\n')[1])), 'Misspelt here as "Llyod Austin".');
  });

  test('an unknown name says so, with its guessed type', () => {
    const [unknown] = recognize('Elbridge Colby spoke.', index);
    assert.equal(
      describeMention(unknown),
      '**Elbridge Colby** · not in the knowledge base\n\nLooks like a person. Use the quick fix to add it.',
    );
  });

  test('how many articles mention the entity, with links to a few', () => {
    const card = describeMention(austin, { articles: { count: 5, examples: [{ label: '000.txt', target: 'file:///c/000.txt#L3' }] } });
    assert.match(card, /Mentioned in 5 articles: \[000\\\.txt\]\(file:\/\/\/c\/000\.txt#L3\), …$/);
  });
});

describe('KB text is shown literally', () => {
  const hostile = [
    '[click](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '**bold** _it_ `code` ~~gone~~',
    'https://evil.example/x and www.evil.example and mail@evil.example',
    '# heading',
    '1. item',
    '$(alert) &amp; &#60;b&#62;',
    '\\[escaped\\]',
  ];

  test('escapeMarkdown: every piece of Markdown or HTML renders as the text itself', () => {
    for (const text of hostile) {
      const html = rendered(escapeMarkdown(text));
      assert.ok(!/<(?!\/?p>)[a-z]/i.test(html), `${text} → ${html}`);
      assert.equal(shown(html), text, text);
    }
  });

  test('a line break in KB text cannot start a heading, a list or a new block', () => {
    const html = markdown.render(escapeMarkdown('first\n# second\n===\n- third'));
    assert.ok(!/<(h1|h2|ul|li)/.test(html), html);
  });

  test('a hostile name, country, description, alias and role title show literally in the card', () => {
    const evil = (what: string) => `${what} [x](javascript:alert(1)) <img src=x onerror=alert(1)>`;
    const index = indexOf(
      [
        'entities:',
        '  - id: evil',
        `    name: ${JSON.stringify(evil('Evil Corp'))}`,
        '    type: organisation',
        `    aliases: [${JSON.stringify(evil('alias'))}]`,
        `    country: ${JSON.stringify(evil('Nowhere'))}`,
        `    description: ${JSON.stringify(evil('Bad'))}`,
        '    url: "javascript:alert(1)"',
        '    roles:',
        `      - {title: ${JSON.stringify(evil('Boss'))}, from: 2020}`,
      ].join('\n'),
    );
    const entity = index.knowledgeBase.entities[0];
    const html = markdown.render(describeEntity(entity, undefined, { articleDate: { year: 2021, month: 1, day: 1 } }));
    assert.ok(!/<(a|img)\b/i.test(html), html);
    for (const what of ['Evil Corp', 'alias', 'Nowhere', 'Bad', 'Boss']) assert.ok(shown(html).includes(evil(what)), what);
    assert.ok(!html.includes('javascript:alert(1)"'), 'a non-web url is not linked');
  });
});

describe('a KB url in the hover', () => {
  const cardOf = (url: string) => {
    const index = indexOf(
      ['entities:', '  - id: x', '    name: Some Org', '    type: organisation', `    url: ${JSON.stringify(url)}`].join('\n'),
    );
    return markdown.render(describeEntity(index.knowledgeBase.entities[0], undefined));
  };
  const links = (html: string) => [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }));

  test('is the one link, to exactly the url written, whatever characters it holds', () => {
    for (const url of [
      'https://example.org/x)[Click here to verify your account](https://evil.example/phish',
      'HTTPS://x/ ) [y](command:z)',
      'https://example.org/a\'b"c<d>e`f\\g h(i)',
      'https://example.org/wiki/Lloyd_Austin_(general)',
    ]) {
      const found = links(cardOf(url));
      assert.equal(found.length, 1, `${url} → ${JSON.stringify(found)}`);
      assert.ok(/^https?:\/\//i.test(found[0].href), found[0].href);
      assert.ok(!/command:|evil\.example\/phish\)|javascript:/i.test(found[0].text), found[0].text);
      assert.equal(decodeURI(found[0].href.replace(/&amp;/g, '&')).toLowerCase(), url.replace(/ /g, ' ').toLowerCase().replace(/"/g, '"'));
    }
  });
});

describe('links to articles in a card', () => {
  test('a file name cannot close the link and open another', () => {
    const index = indexOf(['entities:', '  - id: x', '    name: Some Org', '    type: organisation'].join('\n'));
    const target = 'file:///corpus/a)[click](command:evil)(.txt#L3';
    const card = describeEntity(index.knowledgeBase.entities[0], undefined, {
      articles: { count: 1, examples: [{ label: 'a.txt', target }] },
    });
    assert.match(card, /\(file:\/\/\/corpus\/a%29%5Bclick%5D%28command:evil%29%28\.txt#L3\)/);
    const html = markdown.render(card);
    assert.ok(![...html.matchAll(/href="([^"]*)"/g)].some((m) => m[1].startsWith('command:')), html);
  });
});
