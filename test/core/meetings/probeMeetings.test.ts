// Meetings in articles written in the styles the corpus holds besides the samples: government releases
// and readouts of several countries, transcripts, wire copy, previews, lists of bilateral meetings.
// Written for these tests; the rules were not tuned to them one by one. With the bundled knowledge base.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, type Meeting, parseKnowledgeBase } from '../../../src/core';
import { MEETING_PROBES } from './meetingProbes';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

/** `A + B · kind · status · date` with the participants sorted, `background` appended when set. */
const describe_ = (m: Meeting) =>
  `${m.participants
    .map((p) => p.name)
    .sort()
    .join(' + ')} · ${m.kind} · ${m.status} · ${m.date?.value ?? 'no date'}${m.background ? ' · background' : ''}`;

describe('meetings in probe articles of other styles', () => {
  for (const probe of MEETING_PROBES) {
    test(probe.name, () => {
      const { meetings } = analyzeArticle(probe.text, { now: new Date('2026-01-01T00:00:00Z'), entities });
      assert.deepEqual(meetings.map(describe_), probe.meetings);
      for (const [field, value] of Object.entries(probe.first ?? {})) {
        assert.deepEqual((meetings[0] as unknown as Record<string, unknown>)[field], value, field);
      }
    });
  }
});

describe('a counterpart named by country alone', () => {
  const meetingsOf = (text: string) => analyzeArticle(text, { now: new Date('2026-01-01T00:00:00Z'), entities }).meetings.map(describe_);

  test('is the KB person of that country holding that kind of office on the day', () => {
    // Australia's Minister for Defence and India's Defence Minister; a Secretary of State and the External Affairs Minister.
    assert.deepEqual(meetingsOf(' date 2024-11-22 x\nRichard Marles met his Indian counterpart in Canberra on Thursday.\n'), [
      'Rajnath Singh + Richard Marles · in-person · held · 2024-11-21',
    ]);
    assert.deepEqual(meetingsOf(' date 2025-03-01 x\nS. Jaishankar spoke with his US counterpart on Thursday.\n'), [
      'Marco Rubio + S. Jaishankar · call · held · 2025-02-27',
    ]);
    // A transcript's speaker is not the counterpart of the person they report on.
    assert.deepEqual(
      meetingsOf(
        ' date 2024-02-20 x\nMAJ. GEN. PAT RYDER: Good afternoon. Secretary Lloyd Austin spoke with his Indian counterpart today.\n',
      ),
      ['Lloyd Austin + Rajnath Singh · call · held · 2024-02-20'],
    );
  });

  test('is no one where the KB has no one of that kind in that country, or the person holds no such office', () => {
    assert.deepEqual(meetingsOf(' date 2024-11-22 x\nRichard Marles met his Pakistani counterpart in Canberra on Thursday.\n'), []);
    assert.deepEqual(meetingsOf(' date 2024-11-22 x\nEric Garcetti met his Indian counterpart in Delhi on Thursday.\n'), []);
  });
});

describe('people the knowledge base does not know, and other scripts', () => {
  const meetingsOf = (text: string) => analyzeArticle(text, { now: new Date('2026-01-01T00:00:00Z'), entities }).meetings.map(describe_);

  test('a Japanese given name that is also a rank (`Minister of Defense Gen Nakatani`) and the surname later', () => {
    const text = ` date 2024-11-18 Japan
Japan's Minister of Defense Gen Nakatani met Defence Minister Rajnath Singh in Vientiane on Sunday. Nakatani thanked Singh.
`;
    assert.deepEqual(meetingsOf(text), ['Gen Nakatani + Rajnath Singh · in-person · held · 2024-11-17']);
  });

  test('family name first in capitals, as Japanese releases write it', () => {
    const text = ` date 2024-07-30 Tokyo
Minister of Defense KIHARA Minoru held a meeting with Rajnath Singh in Tokyo on July 29, 2024.
`;
    assert.deepEqual(meetingsOf(text), ['KIHARA Minoru + Rajnath Singh · in-person · held · 2024-07-29']);
  });

  test('a Hindi release: names in Devanagari are the KB people, मुलाकात की is a meeting, the danda ends a sentence', () => {
    const text = ` date 2024-11-22 x
रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा मंत्री लॉयड ऑस्टिन से मुलाकात की। दोनों नेताओं ने रक्षा सहयोग पर चर्चा की।
`;
    assert.deepEqual(meetingsOf(text), ['Lloyd Austin + Rajnath Singh · in-person · held · no date']);
  });

  test('a Hindi announcement (करेंगे) is planned', () => {
    const text = ` date 2024-11-20 x
प्रधानमंत्री नरेंद्र मोदी राष्ट्रपति जो बाइडन से मुलाकात करेंगे।
`;
    assert.deepEqual(meetingsOf(text), ['Joe Biden + Narendra Modi · in-person · planned · no date']);
  });
});
