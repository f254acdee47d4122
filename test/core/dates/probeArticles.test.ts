// Whole articles in the styles the corpus holds besides the samples (government releases, readouts,
// transcripts, wire copy from several countries), each with the dates a careful reader resolves.
// Written for these tests; the rules were not tuned to them one by one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../../src/core';

interface Probe {
  readonly name: string;
  readonly text: string;
  /** `text=value` for every date the article gives (see findBodyDates.test.ts for the notation). */
  readonly dates: readonly string[];
}

const PROBES: readonly Probe[] = [
  {
    name: 'an Indian government release (PIB)',
    text: ` date 2024-11-22 Raksha Mantri holds bilateral talks with US Secretary of Defense
Posted On: 22 NOV 2024 3:05PM by PIB Delhi

Raksha Mantri Shri Rajnath Singh held a bilateral meeting with US Secretary of Defense Mr Lloyd J Austin III on the sidelines of the 11th ADMM-Plus in Vientiane, Lao PDR on November 21, 2024. Both leaders reviewed the progress made since their last meeting in New Delhi in June 2023.
`,
    dates: ['22 NOV 2024=2024-11-22', 'November 21, 2024=2024-11-21', 'June 2023=2023-06'],
  },
  {
    name: 'a US Department of Defense readout',
    text: ` date 2023-11-10 Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Indian Minister of Defence Rajnath Singh
Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III met with Indian Minister of Defence Rajnath Singh today in New Delhi, ahead of the fifth annual U.S.-India 2+2 Ministerial Dialogue. The leaders welcomed the conclusion of the Roadmap for U.S.-India Defense Industrial Cooperation, agreed in June.
`,
    dates: ['today=2023-11-10', 'June=2023-06'],
  },
  {
    name: 'a transcript of remarks',
    text: ` date 2023-06-05 Remarks by Secretary Austin
SECRETARY AUSTIN: Well, thank you, Minister Singh. It's great to be back in New Delhi. When we last met in Washington in April, we agreed to deepen our cooperation.

MINISTER SINGH: Thank you. We will meet again at the 2+2 later this year.
`,
    dates: ['April=2023-04', 'later this year=2023'],
  },
  {
    name: 'wire copy (Reuters style)',
    text: ` date 2025-02-14 WASHINGTON, Feb 13 (Reuters) - U.S. President Donald Trump and Indian Prime Minister Narendra Modi met at the White House on Thursday, their first meeting since Trump returned to office on Jan. 20. Modi will travel to Paris next week.
`,
    dates: ['Feb 13=2025-02-13', 'Thursday=2025-02-13', 'Jan. 20=2025-01-20', 'next week=2025-02-17..2025-02-23'],
  },
  {
    name: 'a Japanese Ministry of Defense release',
    text: ` date 2024-07-30 Japan-India Defence Ministerial Meeting
On July 29, 2024, Minister of Defense KIHARA Minoru held a meeting with Indian Minister of Defence Rajnath Singh in Tokyo. The two Ministers confirmed that the next meeting will be held in India in 2025.
`,
    dates: ['July 29, 2024=2024-07-29', '2025=2025'],
  },
  {
    name: 'an Australian ministerial statement',
    text: ` date 2023-06-22 Deputy Prime Minister visits India
The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, travelled to India from 19-22 June 2023, his second visit in 12 months. He last visited in April 2022.
`,
    dates: ['19-22 June 2023=2023-06-19..2023-06-22', 'April 2022=2022-04'],
  },
  {
    name: 'a French readout with day-month order',
    text: ` date 2024-01-26 Entretien des ministres des Armées
Sébastien Lecornu received Rajnath Singh in Paris on 25 January 2024. The ministers will meet again on 14 July for the Bastille Day parade.
`,
    dates: ['25 January 2024=2024-01-25', '14 July=2024-07-14'],
  },
  {
    name: 'a preview announcing a visit',
    text: ` date 2024-08-20 Rajnath Singh to visit US from August 23 to 26
Defence Minister Rajnath Singh is scheduled to visit the United States from August 23 to 26. He is expected to meet Lloyd Austin on Friday.
`,
    // The header's text after the date is the article's first line: its dates count.
    dates: ['August 23 to 26=2024-08-23..2024-08-26', 'August 23 to 26=2024-08-23..2024-08-26', 'Friday=2024-08-23'],
  },
  {
    name: 'a report looking back',
    text: ` date 2024-03-04 Two decades of defence ties
The framework, first signed in 2005 and renewed in 2015, was extended last year. Over the past two decades, trade grew tenfold. Exercises were held in January and again last month.
`,
    dates: ['2005=2005', '2015=2015', 'last year=2023', 'Over the past two decades=2004..2024', 'January=2024-01', 'last month=2024-02'],
  },
  {
    name: 'a headerless scrape with a dateline the publication date is inferred from',
    text: `Home | News | Defence
NEW DELHI, Dec. 3, 2018 — India and the US held their first 2+2 dialogue in September. The ministers spoke again on Friday.
`,
    dates: ['Dec. 3, 2018=2018-12-03', 'September=2018-09', 'Friday=2018-11-30'],
  },
  {
    name: 'a telephone call readout with relative days',
    text: ` date 2025-01-28 Defence Minister speaks to US Secretary of Defense
Raksha Mantri Rajnath Singh spoke to US Secretary of Defense Pete Hegseth yesterday. The two leaders will meet in person early next year.
`,
    dates: ['yesterday=2025-01-27', 'early next year=2026'],
  },
  {
    name: 'a summit report with a week and a list of days',
    text: ` date 2024-10-14 ADMM-Plus week
Ministers met throughout last week. Bilateral talks took place on 8 and 9 October, and the final communique came out on Saturday.
`,
    dates: ['last week=2024-10-07..2024-10-13', '8 and 9 October=2024-10-08..2024-10-09', 'Saturday=2024-10-12'],
  },
  {
    name: 'an op-ed with spans',
    text: ` date 2024-11-22 Opinion
Over the past two and a half years, ties deepened. Between 2020 and 2023 the two sides signed four agreements; the roadmap runs 2025-2035.
`,
    dates: ['Over the past two and a half years=2022-05..2024-11', '2020 and 2023=2020..2023', '2025-2035=2025..2035'],
  },
  {
    name: 'an ISO-dated bulletin',
    text: ` date 2024-05-02 Bulletin
Meeting record 2024-04-30: the delegation arrived on 2024-04-29 and left this morning.
`,
    dates: ['2024-04-30=2024-04-30', '2024-04-29=2024-04-29', 'this morning=2024-05-02'],
  },
  {
    name: 'a regional paper with numeric dates: dots day first, a slash the reading nearer publication, else both',
    text: ` date 2024-09-15 City edition
The memorandum dated 12/09/2024 was tabled on Monday. A copy marked 03/04/2024 is ambiguous; the order of 05.08.2024 and the notice of 20-07-2024 are not.
`,
    dates: [
      '12/09/2024=2024-09-12',
      'Monday=2024-09-09',
      '03/04/2024=2024-04-03|2024-03-04',
      '05.08.2024=2024-08-05',
      '20-07-2024=2024-07-20',
    ],
  },
  {
    name: 'a day of the month before a joining word, and a plan for a month despite a past verb after it',
    text: ` date 2024-03-15 Diplomatic diary
The minister arrived on the 12th and left last Tuesday. A follow-up is planned for mid-April, although the secretaries met earlier this month. The 12th floor was closed.
`,
    dates: ['12th=2024-03-12', 'last Tuesday=2024-03-12', 'April=2024-04', 'earlier this month=2024-03'],
  },
  {
    name: 'spans across two months, with and without a year; two days of two months joined by `and` are two dates',
    text: ` date 2024-12-06 Diary
The visit, from November 28 to December 2, ended with a call. The exercise ran 28 November - 2 December 2024. Talks were held on November 20 and December 1.
`,
    dates: [
      'November 28 to December 2=2024-11-28..2024-12-02',
      '28 November - 2 December 2024=2024-11-28..2024-12-02',
      'November 20=2024-11-20',
      'December 1=2024-12-01',
    ],
  },
  {
    name: 'a day of a year named relatively: `15 August last year`, `August 15 this year`',
    text: ` date 2024-10-18 Diary
The agreement of 15 August last year lapses soon; the pact of August 15 this year and the talks of 3rd of March next year follow.
`,
    dates: ['15 August last year=2023-08-15', 'August 15 this year=2024-08-15', '3rd of March next year=2025-03-03'],
  },
  {
    name: 'a visit told day by day: `the following day`, `the day before` counted from the day just written',
    text: ` date 2024-03-08 Friday report
The minister arrived on the 3rd of March and left on March 6th. Talks were held on Tuesday 5 March. A follow-up call took place the following day.
At 10:30 a.m. IST on Friday, the ministers met. On Thursday evening they dined together. The day before, they had spoken by phone. The day before the summit, nothing was said.
`,
    dates: [
      'Friday=2024-03-08',
      '3rd of March=2024-03-03',
      'March 6th=2024-03-06',
      'Tuesday 5 March=2024-03-05',
      'the following day=2024-03-06',
      'Friday=2024-03-08',
      'Thursday=2024-03-07',
      'The day before=2024-03-06',
    ],
  },
  {
    name: 'an article with tables of numbers and no dates',
    text: ` date 2024-02-02 Budget
Allocation: Rs 6,21,540 crore (up 4.7%). Troops: 1500, 2300 and 12000. Ratio 3/4, 2+2 format, 100 km.
`,
    dates: [],
  },
];

describe('probe articles in other styles', () => {
  for (const probe of PROBES) {
    test(probe.name, () => {
      const { dates } = analyzeArticle(probe.text, { now: new Date('2026-01-01T00:00:00Z') });
      const found = dates.map((d) => `${d.text}=${d.readings.map((r) => (r.end ? `${r.value}..${r.end}` : r.value)).join('|')}`);
      assert.deepEqual(found, probe.dates);
    });
  }
});
