// Who took part in a meeting, and what the sentence says of it, when the sentence names more or fewer
// people than met: the source quoted on it, someone named for who they sent, the person the article
// follows (`He also met …`), a list of bilateral talks; and sentences that report no meeting at all.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';
import { SMALL_KB } from '../entities/entityFixture';

const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(SMALL_KB, 'entities.yaml')]).knowledgeBase);

/** Each meeting as `names · kind · status · date`. */
function meetings(body: string, date = '2024-11-22'): string[] {
  const { meetings } = analyzeArticle(` date ${date} x\n${body}\n`, { entities, now: new Date('2026-01-01') });
  return meetings.map((m) => `${m.participants.map((p) => p.name).join(' + ')} · ${m.kind} · ${m.status} · ${m.date?.value ?? '-'}`);
}

describe('participants', () => {
  test('the source the sentence quotes is not a participant, while two others remain', () => {
    assert.deepEqual(
      meetings('Admiral John Aquilino met Admiral Hari Kumar on Thursday, said Commander Amy Hopkins, a Navy spokesperson.'),
      ['John Aquilino + Hari Kumar · in-person · held · 2024-11-21'],
    );
    assert.deepEqual(meetings('India and Japan agreed to deepen ties, said Sunil Kumar, after Rajnath Singh met Minister Gen Nakatani.'), [
      'Rajnath Singh + Gen Nakatani · in-person · held · -',
    ]);
  });

  test('someone named only for who they sent did not meet anyone: `met Rajnath Singh’s envoy`', () => {
    assert.deepEqual(meetings('Minister Bill Blair met Defence Minister Rajnath Singh’s envoy in Singapore.'), []);
  });

  test('`He also met`, `the COAS called on`: the person the article follows, with the one named', () => {
    assert.deepEqual(
      meetings(
        'General Upendra Dwivedi, Chief of the Army Staff, is on a visit to Australia. In Canberra, the COAS called on Lieutenant General Simon Stuart. He also met Admiral David Johnston on Wednesday.',
        '2024-08-14',
      ),
      ['Upendra Dwivedi + Simon Stuart · in-person · held · -', 'Upendra Dwivedi + David Johnston · in-person · held · 2024-08-14'],
    );
  });

  test('a transcript’s speaker is not the counterpart of the person they report on', () => {
    // (With a KB that gives people offices, the counterpart is the one holding that office: probeMeetings.test.ts.)
    assert.deepEqual(meetings('MAJ. GEN. PAT RYDER: Good afternoon. Secretary Lloyd Austin spoke with his Indian counterpart today.'), []);
  });

  test('`held bilateral talks with A, B and C`: one meeting with each', () => {
    assert.deepEqual(
      meetings('Rajnath Singh held bilateral talks with General Phan Van Giang, Minister Judith Collins and Minister Gen Nakatani.'),
      [
        'Rajnath Singh + Phan Van Giang · in-person · held · -',
        'Rajnath Singh + Judith Collins · in-person · held · -',
        'Rajnath Singh + Gen Nakatani · in-person · held · -',
      ],
    );
  });
});

describe('people named by one word', () => {
  test('a surname after a title (`Minister KIHARA`), or any word of a full name given before, is that person', () => {
    assert.deepEqual(
      meetings(
        'Minister of Defense NAKATANI Gen spoke first. Later, Minister NAKATANI met Lloyd Austin. Lloyd Austin will meet Mr Kapoor next week.',
      ),
      ['NAKATANI Gen + Lloyd Austin · in-person · held · -', 'Lloyd Austin + Kapoor · in-person · planned · -'],
    );
  });

  test('the speaker of a transcript’s turn is not a participant of the meeting they report', () => {
    assert.deepEqual(
      meetings('Official Spokesperson, Shri Randhir Jaiswal: Yes, NSA Ajit Doval met Jake Sullivan on Monday.', '2025-01-10'),
      ['Ajit Doval + Jake Sullivan · in-person · held · 2025-01-06'],
    );
  });
});

describe('where', () => {
  test('a wire dateline with a hyphen is the place of a held meeting the sentence gives none: `VIENTIANE, Nov 21 (Reuters) -`', () => {
    const { meetings: found } = analyzeArticle(
      ' date 2024-11-21 x\nVIENTIANE, Nov 21 (Reuters) - Rajnath Singh held talks with Lloyd Austin on Thursday.\n',
      { entities, now: new Date('2026-01-01') },
    );
    assert.deepEqual(
      found.map((m) => m.place),
      ['Vientiane'],
    );
  });
});

describe('several meetings in one sentence, and people who did not meet', () => {
  test('meeting words again between the people after the subject: one meeting per clause, each with its own kind and day', () => {
    // (`a day after`: the day before the first clause's.)
    assert.deepEqual(
      meetings(
        'Minister S. Jaishankar spoke by phone with his Iranian counterpart Abbas Araqchi on Tuesday, a day after he held a call with Foreign Minister Israel Katz.',
        '2024-10-02',
      ),
      ['S. Jaishankar + Abbas Araqchi · call · held · 2024-10-01', 'S. Jaishankar + Israel Katz · call · held · 2024-09-30'],
    );
  });

  test('one visitor and the people met, with meeting words between them: one meeting per clause, even where each would be met in turn', () => {
    assert.deepEqual(
      meetings(
        'Defence Minister Rajnath Singh met Russian President Vladimir Putin at the Kremlin on Tuesday, two days before co-chairing the Intergovernmental Commission with Russian Defence Minister Andrei Belousov.',
        '2024-12-12',
      ).map((m) => m.replace(/ · in-person · held/, '')),
      ['Rajnath Singh + Vladimir Putin · 2024-12-10', 'Rajnath Singh + Andrei Belousov · 2024-12-12'],
    );
  });

  test('meeting words in the passive with an institution as agent are an event, not a meeting of the people named', () => {
    assert.deepEqual(
      meetings(
        'At a panel hosted by the Observer Research Foundation, Vice Admiral Girish Luthra and Dr. Rajeswari Pillai Rajagopalan discussed maritime security.',
      ),
      [],
    );
  });

  // The positive case needs KB countries, which this test's KB has not: blindMeetings (`Doval and Sullivan launched`).
  test('a joint action is a meeting only between people of different countries, one of them known', () => {
    assert.deepEqual(meetings('Dr. Anita Rao and Dr. Peter Holm discussed the report.'), []);
  });
});

describe('what the words say of the meeting', () => {
  test('a video teleconference is virtual', () => {
    assert.deepEqual(
      meetings('Minister of Defense KISHI Nobuo held a video teleconference with Rajnath Singh on August 20.', '2021-08-20'),
      ['KISHI Nobuo + Rajnath Singh · virtual · held · 2021-08-20'],
    );
  });

  test('a question reports no meeting', () => {
    assert.deepEqual(meetings('Sidhant Sibal, WION: Sir, did Rajnath Singh meet Lloyd Austin?'), []);
  });

  test('`spoke with` in a readout is a call; a courtesy call is a visit', () => {
    assert.deepEqual(meetings('President Joe Biden spoke today with Prime Minister Narendra Modi.'), [
      'Joe Biden + Narendra Modi · call · held · 2024-11-22',
    ]);
    assert.deepEqual(meetings('Minister Sjafrie Sjamsoeddin received a courtesy call from General Anil Chauhan on Friday.', '2025-01-25'), [
      'Sjafrie Sjamsoeddin + Anil Chauhan · in-person · held · 2025-01-24',
    ]);
  });

  test('`held the … Ministers’ Meeting with` reports a meeting', () => {
    assert.deepEqual(
      meetings("Minister KIHARA Minoru held the Japan-Australia-U.S. Defense Ministers' Meeting with Lloyd Austin in Tokyo."),
      ['KIHARA Minoru + Lloyd Austin · in-person · held · -'],
    );
  });

  test('the day something was said is not the meeting’s day', () => {
    assert.deepEqual(meetings('Secretary Gilberto Teodoro will meet Rajnath Singh next week, the ministry said on Monday.', '2025-03-10'), [
      'Gilberto Teodoro + Rajnath Singh · in-person · planned · -',
    ]);
  });
});

describe('more of what the words say', () => {
  const one = (body: string, date = '2024-11-22') =>
    analyzeArticle(` date ${date} x\n${body}\n`, { entities, now: new Date('2026-01-01') }).meetings.map((m) => ({
      people: m.participants.map((p) => p.name).join(' + '),
      status: m.status,
      host: m.host,
    }));

  test('an invitation to visit, accepted or extended, is a meeting to come', () => {
    assert.deepEqual(one("President Joe Biden accepted Prime Minister Narendra Modi's invitation to visit India later this year."), [
      { people: 'Joe Biden + Narendra Modi', status: 'planned', host: null },
    ]);
  });

  test('`He was received by X`: the person the article follows, and X receives', () => {
    assert.deepEqual(one('General Phan Van Giang arrived in Delhi. He was received by Defence Secretary Rajesh Kumar Singh on arrival.'), [
      { people: 'Phan Van Giang + Rajesh Kumar Singh', status: 'held', host: 'Rajesh Kumar Singh' },
    ]);
  });

  test('a company’s chief executive is a person: `Tesla CEO Elon Musk`', () => {
    assert.deepEqual(one('Narendra Modi held a meeting with Tesla CEO Elon Musk at Blair House.'), [
      { people: 'Narendra Modi + Elon Musk', status: 'held', host: null },
    ]);
  });
});

describe('who the sentence is about when it does not name them', () => {
  const found = (body: string, date = '2024-06-19') =>
    analyzeArticle(` date ${date} x\n${body}\n`, { entities, now: new Date('2026-01-01') }).meetings.map(
      (m) => `${m.participants.map((p) => p.name).join(' + ')} · ${m.date?.value ?? '-'}`,
    );

  test('`he called on A and also met B`: the person the article follows, one meeting each, both of the day given', () => {
    assert.deepEqual(
      found('Jake Sullivan visited New Delhi on 17-18 June 2024. On 18 June, he called on Narendra Modi and also met Rajnath Singh.'),
      ['Jake Sullivan + Narendra Modi · 2024-06-18', 'Jake Sullivan + Rajnath Singh · 2024-06-18'],
    );
  });
});

describe('an office for its holder', () => {
  test('`the Deputy Prime Minister held bilateral meetings with:` is the one KB person holding that office then, with each person listed', () => {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const { join } = require('node:path') as typeof import('node:path');
    const file = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
    const bundled = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(file, 'utf8'), file)]).knowledgeBase);
    const text = ` date 2024-06-02 x
While in Singapore, the Deputy Prime Minister held bilateral meetings with:
- Singaporean Minister for Defence Dr Ng Eng Hen
- Indonesian Minister of Defence Prabowo Subianto
`;
    assert.deepEqual(
      analyzeArticle(text, { entities: bundled, now: new Date('2026-01-01') }).meetings.map((m) =>
        m.participants.map((p) => p.name).join(' + '),
      ),
      ['Richard Marles + Ng Eng Hen', 'Richard Marles + Prabowo Subianto'],
    );
  });
});

describe('negation, reported future, passive dialogue', () => {
  test('a meeting the sentence denies is none; meeting words after it still count', () => {
    assert.deepEqual(meetings("Rajnath Singh didn't meet Lloyd Austin on Thursday."), []);
    assert.deepEqual(meetings('Rajnath Singh has not yet met Lloyd Austin.'), []);
  });

  test('`they would meet` is a meeting to come', () => {
    assert.deepEqual(
      meetings('Rajnath Singh held a telephone talk with Lloyd Austin on Thursday. The two ministers confirmed that they would meet soon.'),
      ['Rajnath Singh + Lloyd Austin · call · held · 2024-11-21', 'Rajnath Singh + Lloyd Austin · in-person · planned · -'],
    );
  });

  test('`co-chaired by A and B` is a meeting of the two', () => {
    assert.deepEqual(meetings('It was co-chaired by Defence Secretary Giridhar Aramane and Under Secretary Sasha Baker.'), [
      'Giridhar Aramane + Sasha Baker · in-person · held · -',
    ]);
  });
});

describe('transcripts', () => {
  test('a speaker named in full in a long label is the speaker: they met the one they thank for hosting them', () => {
    assert.deepEqual(
      meetings(
        'SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good afternoon. Minister Rajnath Singh, thank you for hosting me here in New Delhi.',
        '2023-06-05',
      ).map((m) => m.split(' · ')[0]),
      ['Rajnath Singh + Lloyd Austin'],
    );
  });
});
