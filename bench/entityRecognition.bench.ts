// `npm run bench` (second part): entity recognition against knowledge bases of 50 and 20,000
// synthetic entities — people with roles, organisations with acronyms, places, agreements, exercises,
// events, initiatives — over generated corpora that mention a realistic share of them (names in full,
// surnames later on, acronyms, a misspelling now and then, names the KB does not know). Shows what
// compiling a KB costs and that recognising names costs the same whatever the size of the KB.
// Everything is generated from a fixed seed, so runs compare between commits on the same machine.

import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, type EntityIndex, parseKnowledgeBase } from '../src/core';
import { recognizeEntities } from '../src/core/entities/recognizeEntities';

// ───────────────────────────── deterministic randomness ─────────────────────────────
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20_240_611);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (from: number, to: number) => from + Math.floor(rand() * (to - from + 1));
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

// Invented words, so names never collide with English; a second, disjoint pool for names the KB
// does not know.
const KNOWN_SYLLABLES =
  'ka ra ni lo mu ve ta sho din mar el an bri cor dal fen gar hal jor kel lin mon nor pel quin ros sal tor var wen yar zel bel cas dor eth fal gol hur ind jas kor lum mir nav ost'.split(
    ' ',
  );
const UNKNOWN_SYLLABLES = 'xu zob qir vux yph bax wuz jex kif zat qol vry'.split(' ');
const word = (syllables: readonly string[], n: number) => capital(Array.from({ length: n }, () => pick(syllables)).join(''));

// ───────────────────────────── a synthetic knowledge base ─────────────────────────────
type Kind = 'person' | 'organisation' | 'place' | 'agreement' | 'exercise' | 'event' | 'initiative';
interface SyntheticEntity {
  id: string;
  name: string;
  type: Kind;
  aliases: string[];
  country: string;
  roles: { title: string; from: string; to?: string }[];
  /** How articles refer to it after the first mention. */
  short?: string;
}

const KINDS: [Kind, number][] = [
  ['person', 0.45],
  ['organisation', 0.25],
  ['place', 0.15],
  ['agreement', 0.05],
  ['exercise', 0.04],
  ['event', 0.03],
  ['initiative', 0.03],
];
const ORG_ADJECTIVES = ['National', 'Maritime', 'Strategic', 'Defence', 'Aerospace', 'Naval', 'Joint', 'Regional', 'Federal', 'Advanced'];
const ORG_HEADS = ['Agency', 'Ministry', 'Council', 'Institute', 'Corporation', 'Command', 'Authority', 'Bureau', 'Shipyards', 'Systems'];
const TITLES = [
  'Defence Minister',
  'Foreign Minister',
  'Ambassador',
  'National Security Adviser',
  'Chief of Naval Staff',
  'Secretary of Defense',
  'Commerce Minister',
];
const COUNTRIES = ['Korvania', 'Delmara', 'Ostheim', 'Varnesia', 'Talorin', 'Quessa'];

function kindAt(u: number): Kind {
  let sum = 0;
  for (const [kind, share] of KINDS) if (u < (sum += share)) return kind;
  return 'person';
}

function generateEntities(count: number): SyntheticEntity[] {
  const names = new Set<string>();
  const claim = (name: string) => {
    const key = name.toLowerCase();
    if (names.has(key)) return false;
    names.add(key);
    return true;
  };
  const entities: SyntheticEntity[] = [];
  while (entities.length < count) {
    const type = kindAt(rand());
    const country = pick(COUNTRIES);
    const e: SyntheticEntity = { id: `e${entities.length}`, name: '', type, aliases: [], country, roles: [] };
    if (type === 'person') {
      const given = word(KNOWN_SYLLABLES, 2);
      const surname = word(KNOWN_SYLLABLES, int(2, 3));
      e.name = `${given} ${surname}`;
      if (!claim(e.name)) continue;
      e.short = surname;
      const middle = `${given} ${pick(KNOWN_SYLLABLES)[0].toUpperCase()}. ${surname}`;
      if (rand() < 0.3 && claim(middle)) e.aliases.push(middle);
      const handle = `@${given}${surname}`.toLowerCase();
      if (rand() < 0.1 && claim(handle)) e.aliases.push(handle);
      let year = int(1995, 2015);
      for (let r = int(1, 3); r > 0; r--) {
        const to = year + int(1, 6);
        e.roles.push({
          title: `${pick(TITLES)} of ${country}`,
          from: `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
          ...(r > 1 ? { to: `${to}-06-30` } : {}),
        });
        year = to;
      }
    } else if (type === 'organisation') {
      const words = [word(KNOWN_SYLLABLES, 2), pick(ORG_ADJECTIVES), pick(ORG_HEADS)];
      e.name = words.join(' ');
      if (!claim(e.name)) continue;
      const acronym = words.map((w) => w[0]).join('') + (rand() < 0.5 ? '' : word(KNOWN_SYLLABLES, 1)[0]);
      if (claim(acronym)) {
        e.aliases.push(acronym);
        e.short = acronym;
      }
    } else if (type === 'place') {
      const base = word(KNOWN_SYLLABLES, int(2, 3));
      e.name = rand() < 0.7 ? base : `${base} ${pick(['Island', 'Bay', 'Strait', 'Province'])}`;
      if (!claim(e.name)) continue;
    } else {
      const w = word(KNOWN_SYLLABLES, 2);
      e.name = {
        agreement: `${w} Security Agreement`,
        exercise: `Exercise ${w}`,
        event: `${w} Defence Summit`,
        initiative: `${w} Maritime Initiative`,
      }[type];
      if (!claim(e.name)) continue;
      if (type === 'exercise') e.short = w;
    }
    entities.push(e);
  }
  return entities;
}

function toYaml(entities: readonly SyntheticEntity[]): string {
  const lines = ['version: 1', 'entities:'];
  for (const e of entities) {
    lines.push(`  - id: ${e.id}`, `    name: ${e.name}`, `    type: ${e.type}`);
    if (e.aliases.length) lines.push('    aliases:', ...e.aliases.map((a) => `      - ${JSON.stringify(a)}`));
    lines.push(`    country: ${e.country}`, `    description: A synthetic ${e.type} for the benchmark.`);
    if (e.roles.length) {
      lines.push('    roles:');
      for (const r of e.roles) lines.push(`      - title: ${r.title}`, `        from: ${r.from}`, ...(r.to ? [`        to: ${r.to}`] : []));
    }
  }
  return `${lines.join('\n')}\n`;
}

// ───────────────────────────── a corpus that mentions them ─────────────────────────────
const FILLER = [
  'Officials said the two sides would continue to work together on maritime security, supply chains and emerging technologies.',
  'The talks covered co-production of equipment, information sharing and the training of personnel over the coming year.',
  'Both delegations welcomed the progress made since their last meeting and agreed to review it again before the end of the year.',
  'Analysts noted that the relationship had deepened steadily, though questions remain about funding and timelines.',
  'A joint statement issued after the meeting said cooperation would be expanded to cover space, cyber and undersea domains.',
  'The ministry said further details would be released once the agreements had been signed by both governments.',
];

/** An article mentioning entities drawn from `entities`; popular ones come up far more often. */
function generateArticle(entities: readonly SyntheticEntity[], byType: ReadonlyMap<Kind, SyntheticEntity[]>, i: number): string {
  const draw = (type?: Kind): SyntheticEntity => {
    const list = type ? (byType.get(type) ?? entities) : entities;
    return list[Math.floor(rand() ** 2.5 * list.length)]; // skewed: a few entities dominate the news
  };
  const person = () => draw('person');
  const place = () => draw('place');
  const org = () => draw('organisation');
  const unknownPerson = () => `${word(UNKNOWN_SYLLABLES, 2)} ${word(UNKNOWN_SYLLABLES, 2)}`;
  const misspell = (name: string) => {
    const at = name.lastIndexOf(' ') + 2; // inside the last word, never its first letter
    return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name;
  };

  const host = person();
  const guest = person();
  const city = place();
  const o = org();
  const lines = [
    ` date 2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} ${city.name}, ${pick(['March', 'June', 'November'])} ${int(1, 28)} : ${pick(TITLES)} ${host.name} met ${guest.name} on Tuesday.`,
    '',
    `${host.name} and ${guest.name} discussed the ${draw('agreement').name} and the ${draw('initiative').name} during talks in ${city.name}, officials of the ${o.name} said.`,
    '',
    `${host.short ?? host.name} said ${pick(FILLER).toLowerCase()} ${pick(FILLER)}`,
    '',
    `${o.short ?? o.name} representatives also attended. ${pick(FILLER)} ${pick(FILLER)}`,
    '',
    `The visit comes ahead of ${draw('exercise').name} off ${place().name} and the ${draw('event').name}. ${pick(FILLER)}`,
    '',
    `${i % 5 === 0 ? misspell(person().name) : person().name} of the ${org().name} told reporters that ${pick(FILLER).toLowerCase()}`,
    '',
    `Analyst ${unknownPerson()} of the ${word(UNKNOWN_SYLLABLES, 2)} Strategic Institute said ${pick(FILLER).toLowerCase()} ${pick(FILLER)}`,
    '',
    `${guest.short ?? guest.name} later travelled to ${place().name}, where he met ${person().name} and representatives of ${org().short ?? org().name}. ${pick(FILLER)} ${pick(FILLER)}`,
    '',
    `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
    '',
  ];
  return lines.join('\n');
}

function generateCorpus(entities: readonly SyntheticEntity[], count: number): string[] {
  const byType = new Map<Kind, SyntheticEntity[]>();
  for (const e of entities) (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
  return Array.from({ length: count }, (_, i) => generateArticle(entities, byType, i));
}

// ───────────────────────────── measuring ─────────────────────────────
function best(run: () => void, rounds = 3, warmUp = true): number {
  if (warmUp) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return Math.min(...times);
}

function compile(yaml: string): EntityIndex {
  const parsed = parseKnowledgeBase(yaml, 'bench.yaml');
  const { knowledgeBase, problems } = combineKnowledgeBases([parsed]);
  const count = problems.get('bench.yaml')!.length;
  if (count > 0) throw new Error(`the generated KB has ${count} problems: ${problems.get('bench.yaml')![0].message}`);
  return buildEntityIndex(knowledgeBase);
}

const all = generateEntities(20_000);
// The 50-entity KB is the first 50 entities of the big one, so the same text can be read with both.
const sizes = [50, 20_000];
const kbs = new Map(sizes.map((n) => [n, { yaml: toYaml(all.slice(0, n)) }]));

console.log('\nknowledge base compile (parse YAML + checks + index), best of 3:');
console.log(
  `${'entities'.padStart(8)} ${'names'.padStart(7)} ${'YAML'.padStart(8)} ${'parse'.padStart(9)} ${'index'.padStart(9)} ${'total'.padStart(9)}`,
);
const indexes = new Map<number, EntityIndex>();
for (const n of sizes) {
  const { yaml } = kbs.get(n)!;
  const parseTime = best(() => combineKnowledgeBases([parseKnowledgeBase(yaml, 'bench.yaml')]));
  const { knowledgeBase } = combineKnowledgeBases([parseKnowledgeBase(yaml, 'bench.yaml')]);
  const indexTime = best(() => buildEntityIndex(knowledgeBase));
  const index = compile(yaml);
  indexes.set(n, index);
  const names = index.matcher.size;
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`.padStart(9);
  console.log(
    `${String(n).padStart(8)} ${String(names).padStart(7)} ${`${(yaml.length / 1e6).toFixed(2)} MB`.padStart(8)} ${ms(parseTime)} ${ms(indexTime)} ${ms(parseTime + indexTime)}`,
  );
}

const ARTICLES = 1_000;
const corpora = [
  { label: 'mentions the 50', text: generateCorpus(all.slice(0, 50), ARTICLES) },
  { label: 'mentions any of 20,000', text: generateCorpus(all, ARTICLES) },
];
const now = new Date('2025-01-01T00:00:00Z');

console.log(`\nrecognition over generated corpora (${ARTICLES} articles each, ${ARTICLES / 5} misspellings planted), best of 3:`);
console.log(
  `${'KB'.padStart(6)}  ${'corpus'.padEnd(24)} ${'MB'.padStart(5)} ${'known/art.'.padStart(10)} ${'unknown/art.'.padStart(12)} ${'misspelt'.padStart(8)} ${'match names'.padStart(12)} ${'recognise'.padStart(12)} ${'analyzeArticle'.padStart(14)}`,
);
for (const corpus of corpora) {
  const bytes = corpus.text.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  const baseline = best(() => {
    for (const t of corpus.text) analyzeArticle(t, { now });
  });
  for (const n of sizes) {
    const index = indexes.get(n)!;
    let known = 0;
    let unknown = 0;
    let misspelt = 0;
    for (const t of corpus.text) {
      // Counting is the warm-up.
      for (const m of recognizeEntities(t, index, { firstLineIsHeader: true })) {
        if (m.kind === 'unknown') unknown++;
        else known++;
        if (m.kind === 'misspelled') misspelt++;
      }
    }
    // The name matcher alone: the one-pass lookup of every KB name, whose cost must not depend on the KB's size.
    const match = best(() => {
      for (const t of corpus.text) index.matcher.findAll(t);
    });
    const recognise = best(
      () => {
        for (const t of corpus.text) recognizeEntities(t, index, { firstLineIsHeader: true });
      },
      3,
      false,
    );
    const analyze = best(() => {
      for (const t of corpus.text) analyzeArticle(t, { now, entities: index });
    });
    const rate = (s: number) => `${(mb / s).toFixed(1)} MB/s`.padStart(12);
    console.log(
      `${String(n).padStart(6)}  ${corpus.label.padEnd(24)} ${mb.toFixed(1).padStart(5)} ${(known / ARTICLES).toFixed(1).padStart(10)} ${(unknown / ARTICLES).toFixed(1).padStart(12)} ${String(misspelt).padStart(8)} ${rate(match)} ${rate(recognise)} ${rate(analyze).padStart(14)}`,
    );
  }
  console.log(
    `${'none'.padStart(6)}  ${corpus.label.padEnd(24)} ${mb.toFixed(1).padStart(5)} ${'-'.padStart(10)} ${'-'.padStart(12)} ${'-'.padStart(8)} ${'-'.padStart(12)} ${'-'.padStart(12)} ${`${(mb / baseline).toFixed(1)} MB/s`.padStart(14)}`,
  );
}

// Scraped text has pathological lines: one line of megabytes, all in capitals, or title case chained
// by `of the`. Each must cost about what its size says (these once took minutes: see README).
console.log('\npathological single lines (one article each), with the 20,000-entity KB:');
const big = indexes.get(20_000)!;
const pathological: [string, string][] = [
  ['prose with names', 'Lorem ipsum dolor sit amet, Rajnath Singh met Lloyd Austin. '.repeat(20_000)],
  ['all capitals', 'DEFENCE MINISTER RAJNATH SINGH MET LLOYD AUSTIN IN NEW DELHI '.repeat(20_000)],
  ['title case chained by "of the"', 'Ministry of the Bank of the Council of '.repeat(20_000)],
];
for (const [label, body] of pathological) {
  const article = ` date 2024-11-22 x\n${body}`;
  const seconds = best(() => analyzeArticle(article, { now, entities: big }), 1, false);
  console.log(
    `  ${label.padEnd(32)} ${(article.length / 1e6).toFixed(2)} MB  ${seconds.toFixed(2)} s  ${(article.length / 1e6 / seconds).toFixed(1)} MB/s`,
  );
}
