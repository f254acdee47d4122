// Articles in the styles the corpus holds besides the samples (government releases and readouts of several
// countries, transcripts, wire copy, previews, lists of bilateral meetings, posts, op-eds), each with the meetings
// a careful reader finds: `A + B · kind · status · date` (participants sorted, `background` appended when set).
// Written for the tests (probeMeetings.test.ts) and read by the robustness bench (bench/datesAndMeetings.bench.ts);
// the rules were not tuned to them one by one.

export interface Probe {
  readonly name: string;
  readonly text: string;
  readonly meetings: readonly string[];
  /** Extra checks on the first meeting. */
  readonly first?: Partial<{ place: string | null; occasion: string | null; host: string | null; topics: string[] }>;
}

export const MEETING_PROBES: readonly Probe[] = [
  {
    name: 'a PIB release of a bilateral meeting on the sidelines of a summit',
    text: ` date 2024-11-22 Raksha Mantri holds bilateral talks with US Secretary of Defense
Posted On: 22 NOV 2024 3:05PM by PIB Delhi

Raksha Mantri Shri Rajnath Singh held bilateral talks with US Secretary of Defense Lloyd Austin on the sidelines of the 11th ADMM-Plus in Vientiane, Lao PDR on November 21, 2024. Both leaders reviewed the progress of the Major Defence Partnership.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
    first: { occasion: '11th ADMM-Plus' },
  },
  {
    name: 'a DoD readout of a meeting today',
    text: ` date 2023-11-10 Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Indian Minister of Defence Rajnath Singh
Secretary of Defense Lloyd J. Austin III met with Indian Minister of Defence Rajnath Singh today in New Delhi, ahead of the fifth annual U.S.-India 2+2 Ministerial Dialogue.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-11-10'],
    first: { place: 'New Delhi' },
  },
  {
    name: 'a telephone call readout',
    text: ` date 2025-01-28 Defence Minister speaks to US Secretary of Defense
Raksha Mantri Rajnath Singh spoke to US Secretary of Defense Pete Hegseth over the phone yesterday. The two leaders discussed the Major Defence Partnership.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-01-27'],
  },
  {
    name: 'a preview announcing a visit: planned, not held',
    text: ` date 2024-08-20 Rajnath Singh to visit US
Defence Minister Rajnath Singh will meet US Secretary of Defense Lloyd Austin in Washington on Friday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · planned · 2024-08-23'],
  },
  {
    name: 'an upcoming 2+2 announced',
    text: ` date 2023-10-30 Announcement
External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh will host Antony Blinken and Lloyd Austin for the upcoming 2+2 Ministerial Dialogue in New Delhi next month.
`,
    meetings: ['Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · planned · no date'],
  },
  {
    name: 'a wire report of a White House meeting',
    text: ` date 2025-02-14 WASHINGTON, Feb 13 (Reuters) - U.S. President Donald Trump and Indian Prime Minister Narendra Modi met at the White House on Thursday, their first meeting since Trump returned to office.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13'],
  },
  {
    name: 'an article with no meeting',
    text: ` date 2024-02-02 Budget
The defence budget rose by 4.7 per cent. Defence Minister Rajnath Singh said the allocation would strengthen the forces. Analysts expect more spending next year.
`,
    meetings: [],
  },
  {
    name: 'a statement by one minister is no meeting',
    text: ` date 2024-03-03 Remarks
Lloyd Austin said the partnership was strong. Separately, Rajnath Singh addressed troops in Leh.
`,
    meetings: [],
  },
  {
    name: 'a meeting recalled in passing is background, dated by its month',
    text: ` date 2024-11-22 Review
Rajnath Singh recalled that he had met Lloyd Austin in Washington in August 2024, when two agreements were signed.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08 · background'],
  },
  {
    name: '"the two ministers" stands for the two just named',
    text: ` date 2023-06-05 Visit
US Secretary of Defense Lloyd Austin arrived in New Delhi on Sunday. Defence Minister Rajnath Singh welcomed the visit.

The two ministers held talks this morning on co-production of jet engines.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'a visit: the visitor is received by the host',
    text: ` date 2023-06-05 Visit
Visiting US Secretary of Defense Lloyd Austin held talks with Defence Minister Rajnath Singh in New Delhi on Monday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
    first: { host: 'Rajnath Singh', place: 'New Delhi' },
  },
  {
    name: 'a host who received a guest',
    text: ` date 2024-09-10 Australia
Defence Minister Rajnath Singh received Australian Deputy Prime Minister Richard Marles in New Delhi on Monday.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-09-09'],
    first: { host: 'Rajnath Singh' },
  },
  {
    name: 'a video conference',
    text: ` date 2021-04-20 Virtual
Prime Minister Narendra Modi and President Joe Biden held a virtual meeting on Monday to discuss vaccines.
`,
    meetings: ['Joe Biden + Narendra Modi · virtual · held · 2021-04-19'],
  },
  {
    name: 'a trip with talks on two days: two meetings',
    text: ` date 2023-11-12 Trip
Lloyd Austin met Rajnath Singh in New Delhi on Friday. Austin met S. Jaishankar on Saturday.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-11-10',
      'Lloyd Austin + S. Jaishankar · in-person · held · 2023-11-11',
    ],
  },
  {
    name: 'the same meeting told twice is one meeting',
    text: ` date 2024-11-22 Vientiane
Rajnath Singh met Lloyd Austin in Vientiane. The meeting was held on Thursday. Singh and Austin also met the press.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
    first: { place: 'Vientiane' },
  },
  {
    name: 'a transcript with speaker labels',
    text: ` date 2023-06-05 Joint press remarks
SECRETARY AUSTIN: Thank you, Minister Singh. It was great to meet with you today and to continue our work.
MINISTER SINGH: Thank you, Secretary Austin.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'a French readout with day-month dates',
    text: ` date 2024-01-26 Paris
Rajnath Singh met French Armed Forces Minister Sébastien Lecornu in Paris on 25 January 2024.
`,
    meetings: ['Rajnath Singh + Sébastien Lecornu · in-person · held · 2024-01-25'],
  },
  {
    name: 'a call announced for later is planned',
    text: ` date 2025-01-20 Schedule
Prime Minister Narendra Modi is expected to speak to President Donald Trump by phone next week.
`,
    meetings: ['Donald Trump + Narendra Modi · call · planned · no date'],
  },
  {
    name: 'a headerless scrape with a dateline',
    text: `Home | Defence
NEW DELHI, Dec. 3, 2018 — Defence Minister Rajnath Singh held talks with US Defense Secretary Lloyd Austin on Friday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2018-11-30'],
  },
  {
    name: 'topics named with the meeting',
    text: ` date 2023-06-05 Roadmap
Lloyd Austin and Rajnath Singh held talks on Monday and concluded the Roadmap for U.S.-India Defense Industrial Cooperation. They also reviewed exercise Malabar.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'a summit both leaders are placed at is a meeting of the two (MEETINGS.md: every named participant)',
    text: ` date 2024-09-22 Quad
Prime Minister Narendra Modi attended the Quad Leaders' Summit in Wilmington on Saturday, where President Joe Biden hosted the leaders.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2024-09-21'],
    first: { host: 'Joe Biden', place: 'Wilmington' },
  },
  {
    name: 'a list of bilateral meetings at a summit: one meeting with each',
    text: ` date 2024-10-11 Vientiane
On the sidelines of the East Asia Summit, Prime Minister Narendra Modi held separate meetings with Australian Prime Minister Anthony Albanese, US Secretary of State Antony Blinken and Japanese Prime Minister Shigeru Ishiba on Thursday.
`,
    meetings: [
      'Anthony Albanese + Narendra Modi · in-person · held · 2024-10-10',
      'Antony Blinken + Narendra Modi · in-person · held · 2024-10-10',
      'Narendra Modi + Shigeru Ishiba · in-person · held · 2024-10-10',
    ],
  },
  {
    name: 'a bulleted list of the people met after "met:"',
    text: ` date 2024-11-21 ADMM-Plus
In Vientiane on Wednesday, Rajnath Singh met:
- Australian Deputy Prime Minister Richard Marles
- US Secretary of Defense Lloyd Austin
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · held · 2024-11-20',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-20',
    ],
  },
  {
    name: 'a summit only one of the people named attended is no meeting',
    text: ` date 2024-11-22 Quad
Singh referred to the successful QUAD Summit held in September, where Prime Minister Narendra Modi also participated. Rajnath Singh spoke about it later.
`,
    meetings: [],
  },
  {
    name: 'a transcript in the first person: the speaker met whom they name (`I have just had a meeting with …`: today)',
    text: ` date 2024-10-15 TRANSCRIPT
DEPUTY PRIME MINISTER RICHARD MARLES: Well, good afternoon everyone. I've just had a really productive meeting with my friend and counterpart, India's Defence Minister Rajnath Singh, here in Canberra.

JOURNALIST: Deputy Prime Minister, what did you discuss?

MARLES: We talked about maritime domain awareness. We also spoke yesterday by phone with Secretary Austin about the Quad.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · held · 2024-10-15',
      'Lloyd Austin + Richard Marles · call · held · 2024-10-14',
    ],
    first: { place: 'Canberra' },
  },
  {
    name: 'a speaker label in ordinary capitals',
    text: ` date 2024-10-15 Doorstop interview
Deputy Prime Minister Richard Marles: Thanks everyone. I had a very good meeting with Rajnath Singh this morning.
Journalist: Was maritime security discussed?
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-10-15'],
  },
  {
    name: 'a dateline in capitals is no speaker, `Minister Rajnath Singh` no `Minister Rajnath`, and `his Australian counterpart` the KB’s Australian defence minister',
    text: ` date 2024-10-15 x
NEW DELHI: We are told that Defence Minister Rajnath Singh met his Australian counterpart on Monday. My sources say the talks went well.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-10-14'],
  },
  {
    name: 'a call, then a meeting the two agreed to hold: planned, and the place is the planned one',
    text: ` date 2023-07-14 Press release
Paris, 13 July 2023. Minister for the Armed Forces Sébastien Lecornu spoke by telephone with his Indian counterpart Rajnath Singh on Tuesday. The two ministers reviewed the progress of the Rafale Marine programme and agreed to meet in New Delhi in the autumn.
`,
    meetings: [
      'Rajnath Singh + Sébastien Lecornu · call · held · 2023-07-11',
      'Rajnath Singh + Sébastien Lecornu · in-person · planned · no date',
    ],
    first: { place: null },
  },
  {
    name: 'received somewhere by someone: the host, and an occasion opening the sentence',
    text: ` date 2023-07-14 Press release
On the sidelines of Bastille Day celebrations, Prime Minister Narendra Modi was received at the Élysée by President Emmanuel Macron on Thursday evening.
`,
    meetings: ['Emmanuel Macron + Narendra Modi · in-person · held · 2023-07-13'],
    first: { host: 'Emmanuel Macron', occasion: 'Bastille Day celebrations', place: 'Élysée' },
  },
  {
    name: 'a readout looking forward to a visit: a planned meeting besides the call',
    text: ` date 2024-06-18 Readout
Secretary of Defense Lloyd J. Austin III spoke by phone today with Indian Minister of Defence Rajnath Singh to congratulate him on his reappointment. Secretary Austin noted that he looked forward to welcoming Minister Singh to Washington for the next U.S.-India 2+2 Ministerial Dialogue.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · call · held · 2024-06-18', 'Lloyd Austin + Rajnath Singh · dialogue · planned · no date'],
  },
  {
    name: 'a joint statement: the talks where they were held, not where the guest was welcomed; a name with an initial and Jr.',
    text: ` date 2025-08-08 Joint Statement
At the invitation of Prime Minister Narendra Modi, President of the Republic of the Philippines Ferdinand R. Marcos Jr. paid a State Visit to India from 4-8 August 2025. On 5 August, President Marcos was accorded a ceremonial welcome at Rashtrapati Bhavan, and the two leaders held delegation-level talks at Hyderabad House, New Delhi.
`,
    meetings: ['Ferdinand R. Marcos Jr. + Narendra Modi · in-person · held · 2025-08-05'],
    first: { place: 'Hyderabad House, New Delhi' },
  },
  {
    name: 'welcomed to the Pentagon; then the visitor and the people they also met, one meeting each (of the day just given)',
    text: ` date 2025-07-05 DOD News
Secretary of Defense Pete Hegseth welcomed Indian Defence Minister Rajnath Singh to the Pentagon on Friday. The two leaders discussed the new framework for the U.S.-India defense partnership.

Singh also met Secretary of State Marco Rubio, National Security Advisor Mike Waltz and Deputy Secretary of Defense Steve Feinberg.
`,
    meetings: [
      'Pete Hegseth + Rajnath Singh · in-person · held · 2025-07-04',
      'Marco Rubio + Rajnath Singh · in-person · held · 2025-07-04',
      'Mike Waltz + Rajnath Singh · in-person · held · 2025-07-04',
      'Rajnath Singh + Steve Feinberg · in-person · held · 2025-07-04',
    ],
    first: { host: 'Pete Hegseth' },
  },
  {
    name: "wire copy whose lede names no one: its day is the meeting's; the place loses the full stop",
    text: ` date 2024-09-02 TOKYO (AP)
Japan's defense chief and his Australian counterpart agreed Monday to deepen cooperation between their forces. Defense Minister Minoru Kihara and Deputy Prime Minister Richard Marles met in Tokyo.
`,
    meetings: ['Minoru Kihara + Richard Marles · in-person · held · 2024-09-02'],
    first: { place: 'Tokyo' },
  },
  {
    name: 'a Chinese MFA release: a long office ending in a head word, then the name; a format named after its representatives',
    text: ` date 2024-12-19 Ministry of Foreign Affairs
On December 18, 2024, Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central Foreign Affairs Commission Wang Yi held the 23rd Meeting of the Special Representatives of China and India on the Boundary Question with Indian National Security Advisor Ajit Doval in Beijing.
`,
    meetings: ['Ajit Doval + Wang Yi · in-person · held · 2024-12-18'],
    first: { place: 'Beijing' },
  },
  {
    name: 'a preview after a dateline: `he` is the minister the first sentence opened with',
    text: ` date 2025-05-01 PTI
NEW DELHI: Defence Minister Rajnath Singh will be on a three-day visit to Japan from May 5. During the visit, he will hold talks with his Japanese counterpart Gen Nakatani and call on Prime Minister Shigeru Ishiba, officials said.
`,
    meetings: [
      'Nakatani + Rajnath Singh · in-person · planned · no date',
      'Rajnath Singh + Shigeru Ishiba · in-person · planned · no date',
    ],
  },
  {
    name: 'wire copy from Moscow: talks, then a reception at the Kremlin',
    text: ` date 2024-12-11 Reuters
MOSCOW, Dec 10 (Reuters) - Russian Defence Minister Andrei Belousov held talks with his Indian counterpart Rajnath Singh in Moscow on Tuesday, the ministry said. President Vladimir Putin also received Singh at the Kremlin.
`,
    meetings: [
      'Andrei Belousov + Rajnath Singh · in-person · held · 2024-12-10',
      'Rajnath Singh + Vladimir Putin · in-person · held · 2024-12-10',
    ],
    first: { place: 'Moscow' },
  },
  {
    name: 'a GOV.UK story with the day in brackets',
    text: ` date 2025-01-14 GOV.UK
Defence Secretary John Healey met his Indian counterpart Rajnath Singh in London today (Tuesday 14 January) to agree a new defence industrial roadmap.
`,
    meetings: ['John Healey + Rajnath Singh · in-person · held · 2025-01-14'],
    first: { place: 'London' },
  },
  {
    name: 'an Antara report of a courtesy call, with the Indonesian day/month in brackets',
    text: ` date 2025-01-16 Antara
Jakarta (ANTARA) - Indonesian Defense Minister Sjafrie Sjamsoeddin received a courtesy call from Indian Ambassador Sandeep Chakravorty at the Ministry of Defense in Jakarta on Wednesday (15/1).
`,
    meetings: ['Sandeep Chakravorty + Sjafrie Sjamsoeddin · in-person · held · 2025-01-15'],
    first: { host: 'Sjafrie Sjamsoeddin', occasion: 'courtesy call' },
  },
  {
    name: 'a summit day: bilateral meetings announced at the summit, one each, then the four leaders together',
    text: ` date 2024-09-23 MEA
Prime Minister Narendra Modi held a series of bilateral meetings on the sidelines of the Quad Leaders' Summit in Wilmington on September 21. He met President Joe Biden at his residence, Prime Minister Anthony Albanese and Prime Minister Fumio Kishida. Later, the four leaders held the Quad Summit together.
`,
    meetings: [
      'Joe Biden + Narendra Modi · in-person · held · 2024-09-21',
      'Anthony Albanese + Narendra Modi · in-person · held · 2024-09-21',
      'Fumio Kishida + Narendra Modi · in-person · held · 2024-09-21',
      'Anthony Albanese + Fumio Kishida + Joe Biden + Narendra Modi · in-person · held · 2024-09-21',
    ],
    first: { occasion: "Quad Leaders' Summit", place: 'Wilmington' },
  },
  {
    name: 'calls said in other words; a call received has no host',
    text: ` date 2024-06-12 Calls
Defence Minister Rajnath Singh exchanged views with Secretary Lloyd Austin over the phone on Monday.
External Affairs Minister S. Jaishankar received a call from Foreign Minister Wang Yi on Saturday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · call · held · 2024-06-10', 'S. Jaishankar + Wang Yi · call · held · 2024-06-08'],
    first: { host: null },
  },
  {
    name: 'a briefing: talks at the Kremlin, and a dinner the host gave for `the Prime Minister` the day before',
    text: ` date 2024-07-10 MEA briefing
Q: Can you tell us about the Prime Minister's engagements in Moscow?
Foreign Secretary Vinay Kwatra: Yes. Prime Minister Narendra Modi held talks with President Vladimir Putin at the Kremlin on Tuesday. Earlier, on Monday evening, President Putin hosted a private dinner for the Prime Minister at Novo-Ogaryovo.
Q: Will the Prime Minister meet President Zelenskyy?
Foreign Secretary Vinay Kwatra: There is no such meeting planned at this point.
`,
    meetings: [
      'Narendra Modi + Vladimir Putin · in-person · held · 2024-07-09',
      'Narendra Modi + Vladimir Putin · in-person · held · 2024-07-08',
    ],
    first: { place: 'Kremlin' },
  },
  {
    name: 'names of many countries: particles, hyphens, initials, diacritics',
    text: ` date 2024-10-20 Names
Prime Minister Narendra Modi met European Commission President Ursula von der Leyen in Brussels on Friday.
External Affairs Minister S. Jaishankar met Crown Prince Mohammed bin Salman in Riyadh on Thursday.
President Recep Tayyip Erdoğan received Defence Minister Rajnath Singh in Ankara on Wednesday.
South Korean President Lee Jae-myung held talks with Prime Minister Narendra Modi on Tuesday.
Nepal's Prime Minister K. P. Sharma Oli called on President Droupadi Murmu on Sunday.
`,
    meetings: [
      'Narendra Modi + Ursula von der Leyen · in-person · held · 2024-10-18',
      'Mohammed bin Salman + S. Jaishankar · in-person · held · 2024-10-17',
      'Rajnath Singh + Recep Tayyip Erdoğan · in-person · held · 2024-10-16',
      'Lee Jae-myung + Narendra Modi · in-person · held · 2024-10-15',
      'Droupadi Murmu + K. P. Sharma Oli · in-person · held · 2024-10-20',
    ],
  },
  {
    name: 'a long report: talks, meetings before them, a meeting recalled by its month, a call, plans',
    text: ` date 2025-02-14 The Hindu
WASHINGTON: Prime Minister Narendra Modi and U.S. President Donald Trump held wide-ranging talks at the White House on Thursday, their first meeting since Mr. Trump began his second term on January 20.

The two leaders announced a goal of doubling bilateral trade to $500 billion by 2030. "We had a very productive meeting," Mr. Trump told reporters in the Oval Office.

Before the talks, Mr. Modi met Tesla CEO Elon Musk at Blair House, where the Prime Minister was staying. He also held separate meetings with National Security Adviser Michael Waltz and Director of National Intelligence Tulsi Gabbard on Wednesday.

Mr. Modi had last met Mr. Trump in Houston in September 2019, at the "Howdy Modi" event. The two leaders spoke by phone on January 27 after Mr. Trump's inauguration.

External Affairs Minister S. Jaishankar, who accompanied the Prime Minister, is expected to meet Secretary of State Marco Rubio in New Delhi next month. Mr. Trump accepted Mr. Modi's invitation to visit India for the Quad summit later this year.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
      'Elon Musk + Narendra Modi · in-person · held · no date',
      'Mike Waltz + Narendra Modi · in-person · held · 2025-02-12',
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-02-12',
      'Donald Trump + Narendra Modi · in-person · held · 2019-09 · background',
      'Donald Trump + Narendra Modi · call · held · 2025-01-27',
      'Marco Rubio + S. Jaishankar · in-person · planned · no date',
      'Donald Trump + Narendra Modi · in-person · planned · no date',
    ],
  },
  {
    name: 'a naval release: titles in apposition, then `the Admiral also interacted with …`',
    text: ` date 2025-03-20 PIB
The Chief of the Naval Staff, Admiral Dinesh K Tripathi, called on the Commander of the U.S. Indo-Pacific Command, Admiral Samuel Paparo, at Camp H.M. Smith, Hawaii on 18 March 2025. The Admiral also interacted with the Commander of the U.S. Pacific Fleet, Admiral Stephen Koehler.
`,
    meetings: [
      'Dinesh Kumar Tripathi + Samuel Paparo · in-person · held · 2025-03-18',
      'Dinesh Kumar Tripathi + Stephen Koehler · in-person · held · 2025-03-18',
    ],
    first: { host: 'Samuel Paparo', place: 'Camp H.M. Smith, Hawaii' },
  },
  {
    name: 'ANI copy from a multilateral meeting: `he also met A and B` after a dateline is the minister with each',
    text: ` date 2025-06-27 ANI
Qingdao [China], June 27 (ANI): Defence Minister Rajnath Singh held a bilateral meeting with Chinese Defence Minister Admiral Dong Jun on the sidelines of the SCO Defence Ministers' Meeting in Qingdao on Thursday. He also met Russian Defence Minister Andrei Belousov and Belarusian Defence Minister Viktor Khrenin.
`,
    meetings: [
      'Dong Jun + Rajnath Singh · in-person · held · 2025-06-26',
      'Andrei Belousov + Rajnath Singh · in-person · held · 2025-06-26',
      'Rajnath Singh + Viktor Khrenin · in-person · held · 2025-06-26',
    ],
    first: { occasion: "SCO Defence Ministers' Meeting" },
  },
  {
    name: '`he also met A and B` with no one named to be `he` reports no meeting of A and B',
    text: ` date 2024-06-20 x
On 18 June, he called on Narendra Modi and also met Rajnath Singh.
`,
    meetings: [],
  },
  {
    name: 'a PIB preview: a dialogue to be co-chaired, and a call on the Prime Minister the minister is also scheduled to make',
    text: ` date 2024-11-15 PIB
Raksha Mantri Shri Rajnath Singh to visit Australia from November 18 to 21
Raksha Mantri Shri Rajnath Singh will pay an official visit to Australia from November 18 to 21, 2024. During the visit, he will co-chair the second India-Australia Defence Ministers' Dialogue with Deputy Prime Minister Richard Marles in Canberra on November 19. Shri Rajnath Singh is also scheduled to call on Prime Minister Anthony Albanese.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · dialogue · planned · 2024-11-19',
      'Anthony Albanese + Rajnath Singh · in-person · planned · no date',
    ],
    first: { place: 'Canberra' },
  },
  {
    name: 'a dialogue the two countries held, its ministers named after; a meeting due on the weekday of publication is that day',
    text: ` date 2024-11-20 ABC News
Australia and India held their second annual defence ministers' dialogue in Canberra on Tuesday, with Richard Marles and Rajnath Singh agreeing to deepen submarine rescue cooperation. Mr Singh is due to meet Prime Minister Anthony Albanese on Wednesday.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · dialogue · held · 2024-11-19',
      'Anthony Albanese + Rajnath Singh · in-person · planned · 2024-11-20',
    ],
  },
  {
    name: 'a Yonhap lede that names no one, the two named in the next sentence',
    text: ` date 2024-03-04 Yonhap
South Korea's defense chief will hold talks with his Indian counterpart via videoconference on Wednesday, the ministry said. Defense Minister Shin Won-sik and Indian Defence Minister Rajnath Singh are expected to discuss ways to expand defense industry cooperation.
`,
    meetings: ['Rajnath Singh + Shin Won-sik · virtual · planned · 2024-03-06'],
  },
  {
    name: 'a call said with `called`, talks `held between` two, a host and lunch',
    text: ` date 2024-11-08 Wire
Prime Minister Narendra Modi called President-elect Donald Trump on Wednesday to congratulate him on his election victory.
Talks were held between Defence Minister Rajnath Singh and his Chinese counterpart Dong Jun in Vientiane on Thursday.
Secretary Austin hosted Minister Singh for lunch at the Pentagon on Friday.
`,
    meetings: [
      'Donald Trump + Narendra Modi · call · held · 2024-11-06',
      'Dong Jun + Rajnath Singh · in-person · held · 2024-11-07',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-08',
    ],
  },
  {
    name: '`called` before a name is a call only where no words of talks in person come first; welcoming what someone said is no meeting',
    text: ` date 2024-11-08 Wire
Rajnath Singh met Lloyd Austin on Thursday and called Austin's visit historic. The so-called Singh doctrine was not discussed.
Later, Rajnath Singh welcomed Richard Marles's commitment to Indo-Pacific security.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-07'],
  },
  {
    name: 'an Australian release: a guest welcomed to a city the KB does not know, for a dialogue',
    text: ` date 2024-11-21 Minister for Defence
Deputy Prime Minister Richard Marles today welcomed India's Raksha Mantri (Defence Minister), the Hon Rajnath Singh, to Canberra for the second India-Australia Annual Defence Ministers' Dialogue.
`,
    meetings: ['Rajnath Singh + Richard Marles · dialogue · held · 2024-11-21'],
    first: { place: 'Canberra', host: 'Richard Marles' },
  },
  {
    name: 'a MOFA Japan release: the time of day, `Mr.` before a family name in capitals, `H.E. Dr.`',
    text: ` date 2024-10-07 MOFA Japan
On October 5, commencing at 3:10 p.m. for approximately 40 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Dr. S. Jaishankar, Minister of External Affairs of the Republic of India. The overview of the meeting is as follows.
`,
    meetings: ['IWAYA Takeshi + S. Jaishankar · in-person · held · 2024-10-05'],
  },
  {
    name: 'remarks at a 2+2: `Minister Jaishankar and I, along with Secretary Austin and Minister Singh` are four',
    text: ` date 2023-11-10 State Department
SECRETARY BLINKEN: Good afternoon, everyone. Minister Jaishankar and I, along with Secretary Austin and Minister Singh, just concluded the fifth U.S.-India 2+2 Ministerial Dialogue here in New Delhi.
QUESTION: Mr. Secretary, did you discuss Canada?
`,
    meetings: ['Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · held · 2023-11-10'],
    first: { place: 'New Delhi' },
  },
  {
    name: 'military releases: ranks, appositive offices, initials',
    text: ` date 2025-02-10 PIB
General Upendra Dwivedi, COAS, called on Lt. Gen. Ronald P. Clark, Commanding General, US Army Pacific, at Fort Shafter on February 8, 2025.
Air Chief Marshal AP Singh, Chief of the Air Staff, held discussions with Gen. Kevin B. Schneider, Commander, Pacific Air Forces, in Hawaii on February 7.
`,
    meetings: [
      'Ronald P. Clark + Upendra Dwivedi · in-person · held · 2025-02-08',
      'Amar Preet Singh + Kevin B. Schneider · in-person · held · 2025-02-07',
    ],
  },
  {
    name: 'a headline with a surname, the body with the full name: one meeting, of the person named in full',
    text: ` date 2025-07-24 PIB
PM Modi holds talks with PM Starmer at Chequers
Prime Minister Shri Narendra Modi held talks with the Prime Minister of the United Kingdom, Sir Keir Starmer, at Chequers today.
`,
    meetings: ['Keir Starmer + Narendra Modi · in-person · held · 2025-07-24'],
    first: { place: 'Chequers' },
  },
  {
    name: 'Xinhua copy: a town and its country, a summit as the occasion; an MEA call readout with `H.E. Mr.`',
    text: ` date 2024-10-24 Xinhua
KAZAN, Russia, Oct. 23 (Xinhua) -- Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi in Kazan, Russia, on Wednesday on the sidelines of the 16th BRICS Summit.
Prime Minister Shri Narendra Modi received a phone call today from President of the French Republic, H.E. Mr. Emmanuel Macron.
`,
    meetings: ['Narendra Modi + Xi Jinping · in-person · held · 2024-10-23', 'Emmanuel Macron + Narendra Modi · call · held · 2024-10-24'],
    first: { place: 'Kazan, Russia', occasion: '16th BRICS Summit' },
  },
  {
    name: 'a later sentence about `the interaction` gives the meeting its day',
    text: ` date 2024-11-22 x
Rajnath Singh met Lloyd Austin in Vientiane. The interaction took place on Thursday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  // A set written on the evening of 2026-12-01: readouts of Germany, Israel, Japan's MOFA, China, Brazil, Bangladesh, Pakistan;
  // TASS, Kyodo, a live blog, an interview, an opinion piece; meetings denied, conditional, postponed, called off.
  {
    name: 'a German defence ministry release: received for talks (the host), at a building in a city',
    text: ` date 2024-06-05 Press release
Federal Minister of Defence Boris Pistorius received his Indian counterpart Rajnath Singh at the Bendlerblock in Berlin on Tuesday for talks. The two ministers discussed closer cooperation in the production of submarines and the security situation in the Indo-Pacific.
"India is a key partner for Germany," Pistorius said after the meeting.
`,
    meetings: ['Boris Pistorius + Rajnath Singh · in-person · held · 2024-06-04'],
    first: { host: 'Boris Pistorius' },
  },
  {
    name: 'a State Department readout: met today, on the margins of the UN General Assembly',
    text: ` date 2024-09-23 Readout
Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar
The below is attributable to Spokesperson Matthew Miller:
Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Dr. S. Jaishankar in New York on the margins of the UN General Assembly. The Secretary and the External Affairs Minister discussed the situation in the Middle East and Ukraine.
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · 2024-09-23'],
    first: { place: 'New York', occasion: 'UN General Assembly' },
  },
  {
    name: 'TASS copy: held talks on Thursday, the ministry said',
    text: ` date 2021-06-25 MOSCOW, June 25 (TASS)
Russian Defense Minister Sergei Shoigu and his Indian counterpart Rajnath Singh held talks in Moscow on Thursday, the Russian Defense Ministry said.
"The sides discussed the state and prospects of military and military-technical cooperation," the ministry said in a statement.
`,
    meetings: ['Rajnath Singh + Sergei Shoigu · in-person · held · 2021-06-24'],
    first: { place: 'Moscow' },
  },
  {
    name: 'a live blog: timestamps before the entries; the White House (a KB organisation) as where they met',
    text: ` date 2023-06-22 Live updates
PM Modi's US visit LIVE updates
10:45 IST: PM Modi meets President Biden at the White House. The two leaders will hold delegation-level talks later today.
08:00 IST: Modi arrived at Joint Base Andrews on Wednesday and was received by Secretary of State Antony Blinken.
`,
    meetings: [
      'Joe Biden + Narendra Modi · in-person · held · no date',
      'Joe Biden + Narendra Modi · in-person · planned · 2023-06-22',
      'Antony Blinken + Narendra Modi · in-person · held · 2023-06-21',
    ],
    first: { place: 'White House' },
  },
  {
    name: "an interview: the question's `you` is the one who answers next; a speaker's label is no dateline",
    text: ` date 2024-03-10 Interview
Q: You met Secretary Austin in Washington last month. What did you discuss?
JAISHANKAR: We had a very good conversation on defence industrial cooperation. I also met Secretary Blinken the same day.
Q: Will you meet him again soon?
JAISHANKAR: I expect we will meet at the Quad foreign ministers' meeting in Tokyo in July.
`,
    meetings: ['Lloyd Austin + S. Jaishankar · in-person · held · no date', 'Antony Blinken + S. Jaishankar · in-person · held · no date'],
    first: { place: 'Washington' },
  },
  {
    name: 'an opinion piece: a meeting in a condition and one denied report nothing',
    text: ` date 2024-02-14 Opinion
If Prime Minister Narendra Modi were to meet President Xi Jinping at the BRICS summit, the two would have much to discuss. Analysts doubt such a meeting will take place.
Defence Minister Rajnath Singh did not meet his Chinese counterpart Dong Jun during his visit to Kazakhstan.
`,
    meetings: [],
  },
  {
    name: 'a meeting postponed, then set for a new day: one meeting, planned, on that day',
    text: ` date 2024-08-29 New Delhi
New Delhi, Aug 29 (IANS) The scheduled meeting between Defence Minister Rajnath Singh and US Defense Secretary Lloyd Austin was postponed on Wednesday due to the storm.
Singh will now meet Austin on September 3, officials said.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · planned · 2024-09-03'],
  },
  {
    name: 'a meeting that was to take place, then called off: none',
    text: ` date 2024-08-29 x
Defence Minister Rajnath Singh and US Defense Secretary Lloyd Austin were to meet in Washington on Thursday. The meeting was called off at the last minute.
`,
    meetings: [],
  },
  {
    name: 'a meeting cancelled: none',
    text: ` date 2024-08-29 x
Defence Minister Rajnath Singh cancelled his meeting with US Defense Secretary Lloyd Austin, citing the floods.
`,
    meetings: [],
  },
  {
    name: 'a Colombo report: someone else `was also present`; `called on` later the same day',
    text: ` date 2024-11-20 Colombo
COLOMBO: Sri Lanka's President Anura Kumara Dissanayake met with Indian External Affairs Minister S. Jaishankar at the Presidential Secretariat on Monday. Foreign Minister Vijitha Herath was also present.
Later, Jaishankar called on Prime Minister Harini Amarasuriya.
`,
    meetings: [
      'Anura Kumara Dissanayake + S. Jaishankar + Vijitha Herath · in-person · held · 2024-11-18',
      'Harini Amarasuriya + S. Jaishankar · in-person · held · 2024-11-18',
    ],
  },
  {
    name: 'an Israeli defence ministry readout of a call: spoke today with',
    text: ` date 2024-12-11 Tel Aviv
Defense Minister Yoav Gallant spoke today with Indian Defence Minister Rajnath Singh. Minister Gallant updated his counterpart on the security situation and thanked him for India's support.
`,
    meetings: ['Rajnath Singh + Yoav Gallant · call · held · 2024-12-11'],
  },
  {
    name: 'a preview: `may meet` is a meeting to come, not one held',
    text: ` date 2024-10-20 Kazan
Prime Minister Narendra Modi may meet President Xi Jinping on the sidelines of the BRICS summit in Kazan on Wednesday, officials said.
`,
    meetings: ['Narendra Modi + Xi Jinping · in-person · planned · 2024-10-23'],
    first: { place: 'Kazan' },
  },
  {
    name: 'Kyodo copy: talks held Tuesday, and the next two-plus-two to come',
    text: ` date 2023-10-24 TOKYO, Oct. 24 (Kyodo) --
TOKYO, Oct. 24 (Kyodo) -- Japanese Defense Minister Minoru Kihara held talks Tuesday with his Indian counterpart Rajnath Singh in Tokyo, agreeing to boost joint exercises between their forces.
Kihara and Singh also confirmed that the two countries will hold their next "two-plus-two" security talks involving their foreign and defense chiefs in New Delhi next year.
`,
    meetings: [
      'Minoru Kihara + Rajnath Singh · in-person · held · 2023-10-24',
      'Minoru Kihara + Rajnath Singh · dialogue · planned · no date',
    ],
    first: { place: 'Tokyo' },
  },
  {
    name: "a Japanese MOFA overview: a Foreign Ministers' Meeting held on a date, family name in capitals",
    text: ` date 2023-10-30 Japan-India Foreign Ministers' Meeting
On October 29, commencing at 4:10 p.m. for approximately 30 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a Japan-India Foreign Ministers' Meeting with Dr. Subrahmanyam Jaishankar, Minister of External Affairs of India, during his visit to Japan. The overview of the meeting is as follows.
1. Minister Kamikawa welcomed Minister Jaishankar's visit to Japan.
`,
    meetings: ['KAMIKAWA Yoko + S. Jaishankar · in-person · held · 2023-10-29'],
    first: { host: 'KAMIKAWA Yoko' },
  },
  {
    name: 'a Chinese MFA release: On the afternoon of July 25, 2024, … met with',
    text: ` date 2024-07-26 Wang Yi Meets with Indian External Affairs Minister
On the afternoon of July 25, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Indian External Affairs Minister Subrahmanyam Jaishankar in Vientiane.
Wang Yi said that China and India are two major developing countries.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
    first: { place: 'Vientiane' },
  },
  {
    name: 'a Brazilian release: the margins of a meeting in a city the KB does not know (`Rio de Janeiro`)',
    text: ` date 2024-02-23 Brasilia
Brazilian Foreign Minister Mauro Vieira and Indian External Affairs Minister S. Jaishankar held a bilateral meeting on the margins of the G20 Foreign Ministers' Meeting in Rio de Janeiro on Wednesday.
`,
    meetings: ['Mauro Vieira + S. Jaishankar · in-person · held · 2024-02-21'],
    first: { place: 'Rio de Janeiro', occasion: "G20 Foreign Ministers' Meeting" },
  },
  {
    name: 'a Dhaka release: a courtesy call received at a guest house (a building, not a participant)',
    text: ` date 2024-11-05 Dhaka
Chief Adviser Professor Muhammad Yunus received a courtesy call from Indian High Commissioner Pranay Verma at the State Guest House Jamuna on Tuesday.
`,
    meetings: ['Muhammad Yunus + Pranay Verma · in-person · held · 2024-11-05'],
    first: { host: 'Muhammad Yunus' },
  },
  {
    name: 'an ISPR release: called on the President at the White House',
    text: ` date 2025-06-10 Islamabad
Chief of Army Staff Field Marshal Syed Asim Munir called on President Donald J. Trump at the White House on Wednesday, ISPR said.
`,
    meetings: ['Donald Trump + Syed Asim Munir · in-person · held · 2025-06-04'],
    first: { place: 'White House', host: 'Donald Trump' },
  },
  {
    name: 'a UAE release: received in Abu Dhabi (plain words after `in` name a place, not a person)',
    text: ` date 2024-02-14 Abu Dhabi
His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received H.E. Dr. S. Jaishankar, Minister of External Affairs of India, in Abu Dhabi on Tuesday.
`,
    meetings: ['Abdullah bin Zayed Al Nahyan + S. Jaishankar · in-person · held · 2024-02-13'],
    first: { place: 'Abu Dhabi', host: 'Abdullah bin Zayed Al Nahyan' },
  },
  {
    name: 'a hyphenated given name and a particle: `Jean-Yves Le Drian` is a person',
    text: ` date 2021-02-23 Paris
French Foreign Minister Jean-Yves Le Drian met External Affairs Minister S. Jaishankar in Paris on Monday.
`,
    meetings: ['Jean-Yves Le Drian + S. Jaishankar · in-person · held · 2021-02-22'],
    first: { place: 'Paris' },
  },
  {
    name: '`President-elect Prabowo`: one name after a title is a person',
    text: ` date 2024-10-16 Jakarta
Indonesian President-elect Prabowo met Indian Ambassador Sandeep Chakravorty at his residence in Jakarta on Tuesday.
`,
    meetings: ['Prabowo + Sandeep Chakravorty · in-person · held · 2024-10-15'],
    first: { place: 'Jakarta' },
  },
  {
    name: 'bilateral meetings with two people held by someone not recognised: not a meeting of the two',
    text: ` date 2024-10-11 Vientiane
On the sidelines of the East Asia Summit, Ishiba held bilateral meetings with Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi on Thursday.
`,
    meetings: [],
  },
  {
    name: 'a surname alone (`Modi`) is the one KB person whose name ends with it: one meeting with each person listed',
    text: ` date 2024-09-23 Wilmington
On the sidelines of the Quad summit, Modi held bilateral meetings with Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida on Saturday.
`,
    meetings: [
      'Anthony Albanese + Narendra Modi · in-person · held · 2024-09-21',
      'Fumio Kishida + Narendra Modi · in-person · held · 2024-09-21',
    ],
    first: { occasion: 'Quad summit' },
  },
  {
    name: 'surnames alone in wire copy: `Jaishankar met Blinken`',
    text: ` date 2024-09-22 New York
Jaishankar met Blinken in New York on Saturday. Modi later held talks with US President Joe Biden at his home in Wilmington.
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · 2024-09-21', 'Joe Biden + Narendra Modi · in-person · held · no date'],
    first: { place: 'New York' },
  },
  {
    name: 'an HT report: talks, a call on a vice president, a meeting recalled, an event to attend',
    text: ` date 2025-07-16 HT
New Delhi: External affairs minister S Jaishankar on Tuesday held talks with his Chinese counterpart Wang Yi in Beijing, the first such visit since 2020. The two ministers discussed the border situation. Jaishankar also called on Vice President Han Zheng. Jaishankar had last met Wang in Astana in July 2024 on the sidelines of the SCO summit. He will attend the SCO foreign ministers' meeting in Tianjin on Thursday.
`,
    meetings: [
      'S. Jaishankar + Wang Yi · in-person · held · 2025-07-15',
      'Han Zheng + S. Jaishankar · in-person · held · 2025-07-15',
      'S. Jaishankar + Wang Yi · in-person · held · 2024-07 · background',
    ],
    first: { place: 'Beijing' },
  },
  {
    name: '`Earlier in the day, Singh had met …`: the day just reported, not a meeting recalled',
    text: ` date 2024-08-27 Washington
Defence Minister Rajnath Singh, who is on a four-day official visit to the US, met US Secretary of Defense Lloyd Austin at the Pentagon on Friday. Prior to the meeting, Singh was accorded a full honours welcome. Singh thanked Austin for hosting him. Earlier in the day, Singh had met National Security Adviser Jake Sullivan at the White House.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Jake Sullivan + Rajnath Singh · in-person · held · 2024-08-23',
    ],
    first: { place: 'Pentagon' },
  },
  {
    name: 'an Indian Navy release: `on 8 Aug 24` (a two-digit year), a commander named after his name and a comma',
    text: ` date 2024-08-10 Navy
Chief of the Naval Staff Admiral Dinesh K Tripathi held discussions with Admiral Samuel Paparo, Commander, US Indo-Pacific Command, at Pearl Harbor on 8 Aug 24.
`,
    meetings: ['Dinesh Kumar Tripathi + Samuel Paparo · in-person · held · 2024-08-08'],
    first: { place: 'Pearl Harbor' },
  },
  {
    name: 'an INDOPACOM release: `ADM` in capitals, a date without `on` (`Feb. 12 in New Delhi`)',
    text: ` date 2024-02-14 INDOPACOM
ADM John C. Aquilino, commander of U.S. Indo-Pacific Command, met with Gen. Anil Chauhan, India's Chief of Defence Staff, Feb. 12 in New Delhi.
`,
    meetings: ['Anil Chauhan + John Aquilino · in-person · held · 2024-02-12'],
    first: { place: 'New Delhi' },
  },
  {
    name: "an MEA briefing: the spokesperson's label (name, then office) is no participant and no one to follow; `EAM`, and `External Affairs Minister` opening a sentence without a name, are the KB's External Affairs Minister (`he` after it too)",
    text: ` date 2024-11-29 Weekly Media Briefing by the Official Spokesperson
Shri Randhir Jaiswal, Official Spokesperson: Good afternoon. Let me begin with a few announcements. External Affairs Minister will be visiting Italy from 24 to 26 November. During the visit, he will call on Prime Minister Giorgia Meloni and hold talks with Foreign Minister Antonio Tajani.
Question: Sir, did the EAM meet the Chinese Foreign Minister in Rio?
Shri Randhir Jaiswal, Official Spokesperson: Yes, EAM met Foreign Minister Wang Yi on the sidelines of the G20 summit in Rio de Janeiro on 18 November. They discussed the next steps in the relationship.
`,
    meetings: [
      'Giorgia Meloni + S. Jaishankar · in-person · planned · no date',
      'Antonio Tajani + S. Jaishankar · in-person · planned · no date',
      'S. Jaishankar + Wang Yi · in-person · held · 2024-11-18',
    ],
  },
  {
    name: 'an analysis: a counterfactual (`Had Trump not returned …, Modi would likely have met Harris`), `officials from both sides`, and `who hosted … last month, is expected to travel` (held, dated by its relative clause)',
    text: ` date 2025-02-20 Analysis
Analysis: What the Modi-Trump meeting means for the Quad
When Prime Minister Narendra Modi met President Donald Trump at the White House last Thursday, both leaders were keen to show continuity. The two had first met in 2017, when Modi visited Washington. Had Trump not returned to office, Modi would likely have met Kamala Harris instead.
Defence officials from both sides are expected to meet in March to finalise the new framework. Secretary of State Marco Rubio, who hosted Jaishankar for the Quad foreign ministers' meeting last month, is expected to travel to New Delhi later this year.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-01 · background',
    ],
    first: { place: 'White House' },
  },
  {
    name: 'a doorstop transcript whose label gives the office after the name: the speaker, and no dateline',
    text: ` date 2024-11-20 Transcript
RICHARD MARLES, DEPUTY PRIME MINISTER: I have just had a very good meeting with my Indian counterpart, Rajnath Singh. We talked about the Talisman Sabre exercise.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-11-20'],
    first: { place: null },
  },
  {
    name: 'a Nepali report: a courtesy call at Singha Durbar (a place the KB does not know, after `at`)',
    text: ` date 2024-03-14 Kathmandu
Indian Army Chief General Manoj Pande paid a courtesy call on Nepal's Prime Minister Pushpa Kamal Dahal 'Prachanda' at Singha Durbar on Wednesday.
`,
    meetings: ['Manoj Pande + Pushpa Kamal Dahal · in-person · held · 2024-03-13'],
    first: { place: 'Singha Durbar', host: 'Pushpa Kamal Dahal' },
  },
  {
    name: "an Australian release: hosted for the Foreign Ministers' Framework Dialogue (a dialogue), and both then met a third minister",
    text: ` date 2024-10-25 Canberra
Minister for Foreign Affairs Senator Penny Wong today hosted Indian External Affairs Minister Dr S. Jaishankar for the 15th Foreign Ministers' Framework Dialogue. Minister Wong and Minister Jaishankar also met with Defence Minister Richard Marles.
`,
    meetings: [
      'Penny Wong + S. Jaishankar · dialogue · held · 2024-10-25',
      'Penny Wong + Richard Marles + S. Jaishankar · in-person · held · 2024-10-25',
    ],
    first: { host: 'Penny Wong' },
  },
  {
    name: 'an MEA release: meetings with three leaders on the margins of a conference, one each',
    text: ` date 2024-02-20 Munich
On the margins of the Munich Security Conference, EAM Dr. S. Jaishankar held meetings with German Chancellor Olaf Scholz, Dutch Prime Minister Mark Rutte and US Secretary of State Antony Blinken on Saturday.
`,
    meetings: [
      'Olaf Scholz + S. Jaishankar · in-person · held · 2024-02-17',
      'Mark Rutte + S. Jaishankar · in-person · held · 2024-02-17',
      'Antony Blinken + S. Jaishankar · in-person · held · 2024-02-17',
    ],
    first: { occasion: 'Munich Security Conference' },
  },
  {
    name: 'a Kremlin meeting `a day after co-chairing` a commission with another minister: each meeting its own day and place',
    text: ` date 2024-12-12 Moscow
Defence Minister Rajnath Singh met Russian President Vladimir Putin at the Kremlin on Tuesday, a day after co-chairing the 21st India-Russia Intergovernmental Commission on Military and Military-Technical Cooperation with Russian Defence Minister Andrei Belousov.
`,
    meetings: [
      'Rajnath Singh + Vladimir Putin · in-person · held · 2024-12-10',
      'Andrei Belousov + Rajnath Singh · in-person · held · 2024-12-09',
    ],
    first: { place: 'Kremlin' },
  },
  {
    name: '`US Director of National Intelligence Tulsi Gabbard` opens the sentence (an office with `of`): `she` is her; `had met … on Sunday`, two days before, is the news',
    text: ` date 2025-03-18 New Delhi
US Director of National Intelligence Tulsi Gabbard called on Prime Minister Narendra Modi on Monday. Earlier, she had met National Security Adviser Ajit Doval on Sunday.
`,
    meetings: [
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-03-17',
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-16',
    ],
    first: { host: 'Narendra Modi' },
  },
  {
    name: "an Australian release: welcomed to Parliament House for the inaugural Defence Ministers' Dialogue (its occasion, a dialogue)",
    text: ` date 2024-08-26 Canberra
Defence Minister Richard Marles welcomed Indian Defence Minister Rajnath Singh to Parliament House on Monday for the inaugural Australia-India Defence Ministers' Dialogue. The ministers last met in New Delhi in June 2023.
`,
    meetings: ['Rajnath Singh + Richard Marles · dialogue · held · 2024-08-26'],
    first: { place: 'Parliament House', occasion: "inaugural Australia-India Defence Ministers' Dialogue", host: 'Richard Marles' },
  },
  {
    name: "four ministers met in Tokyo for the Quad Foreign Ministers' Meeting: one meeting of four, that occasion",
    text: ` date 2024-07-30 Tokyo
Foreign Minister Yoko Kamikawa, Australian Foreign Minister Penny Wong, Indian External Affairs Minister S. Jaishankar and US Secretary of State Antony Blinken met in Tokyo on Monday for the Quad Foreign Ministers' Meeting.
`,
    meetings: ['Antony Blinken + Penny Wong + S. Jaishankar + Yoko Kamikawa · in-person · held · 2024-07-29'],
    first: { place: 'Tokyo', occasion: "Quad Foreign Ministers' Meeting" },
  },
  {
    name: 'Davos: `who is in Davos for the World Economic Forum, met` two people, one each; a Swiss Federal Councillor',
    text: ` date 2024-01-17 Davos
Jaishankar, who is in Davos for the World Economic Forum, met Swiss Federal Councillor Ignazio Cassis and Saudi Foreign Minister Prince Faisal bin Farhan on Tuesday.
`,
    meetings: [
      'Ignazio Cassis + S. Jaishankar · in-person · held · 2024-01-16',
      'Faisal bin Farhan + S. Jaishankar · in-person · held · 2024-01-16',
    ],
  },
  {
    name: "a PTI report with a headline of two meetings, a post on X quoted: each meeting once, with the body's day",
    text: ` date 2025-02-14 Jaishankar meets Waltz, Gabbard in Washington
WASHINGTON, Feb 13 (PTI) External Affairs Minister S Jaishankar on Thursday met US National Security Adviser Mike Waltz and discussed the bilateral strategic partnership.
"Glad to meet NSA @michaelgwaltz this morning. Discussed our strategic partnership," Jaishankar wrote on X after the meeting.
Later in the day, Jaishankar met Director of National Intelligence Tulsi Gabbard.
`,
    meetings: [
      'Mike Waltz + S. Jaishankar · in-person · held · 2025-02-13',
      'S. Jaishankar + Tulsi Gabbard · in-person · held · 2025-02-13',
    ],
    first: { place: 'Washington' },
  },
  {
    name: "an SPA release: `received in Riyadh today the Minister of Defence of …, Rajnath Singh` (the host first, the guest's office before his name)",
    text: ` date 2024-06-06 Saudi Arabia, India defence ministers meet
RIYADH (SPA) -- His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of Defense, received in Riyadh today the Minister of Defence of the Republic of India, Rajnath Singh.
During the meeting, they reviewed bilateral relations and opportunities for defense cooperation.
`,
    meetings: ['Khalid bin Salman bin Abdulaziz + Rajnath Singh · in-person · held · 2024-06-06'],
    first: { place: 'Riyadh', host: 'Khalid bin Salman bin Abdulaziz' },
  },
  {
    name: 'an EFE report: `met her Indian counterpart, Rajnath Singh,`; a meeting recalled by its year, not the day just reported',
    text: ` date 2024-03-21 Spain and India to deepen defence ties
MADRID, March 20 (EFE).- Spanish Defence Minister Margarita Robles met her Indian counterpart, Rajnath Singh, at the ministry's headquarters on Wednesday, where both agreed to explore joint production of military aircraft.
Robles and Singh had previously met in New Delhi in 2023.
`,
    meetings: [
      'Margarita Robles + Rajnath Singh · in-person · held · 2024-03-20',
      'Margarita Robles + Rajnath Singh · in-person · held · 2023 · background',
    ],
    first: { place: 'Madrid' },
  },
  {
    name: "a Reuters report: `The meeting … came weeks before Modi's state visit to Washington` (another visit's place, not the meeting's)",
    text: ` date 2023-06-06 Austin, Singh hold talks in New Delhi
NEW DELHI, June 5 (Reuters) - U.S. Defense Secretary Lloyd Austin and Indian Defence Minister Rajnath Singh agreed on Monday to a roadmap for defence industrial cooperation, the two governments said.
The meeting, which lasted over an hour, came weeks before Prime Minister Narendra Modi's state visit to Washington.
Modi and President Joe Biden are scheduled to meet at the White House on June 22.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05',
      'Joe Biden + Narendra Modi · in-person · planned · 2023-06-22',
    ],
    first: { place: 'New Delhi' },
  },
  {
    name: 'a timeline: each list item dated at its start is a meeting of its own (a month, a day)',
    text: ` date 2024-09-10 Timeline: India-US defence dialogue
A timeline of recent high-level meetings:
- February 2023: Lloyd Austin and Rajnath Singh met on the sidelines of Aero India in Bengaluru.
- June 5, 2023: Austin visited New Delhi and held talks with Rajnath Singh.
- November 10, 2023: The fifth 2+2 Ministerial Dialogue was held in New Delhi.
- August 23, 2024: Rajnath Singh met Lloyd Austin at the Pentagon.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-02 · background',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05 · background',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
    ],
    first: { place: 'Bengaluru', occasion: 'Aero India' },
  },
  {
    name: 'a DoD readout of a call: `spoke by phone today with`; an invitation accepted names no one to meet',
    text: ` date 2025-07-02 Readout of Secretary Hegseth's call
Secretary of Defense Pete Hegseth spoke by phone today with Indian Minister of Defence Rajnath Singh. Secretary Hegseth and Minister Singh discussed ways to deepen cooperation. Secretary Hegseth also accepted an invitation to visit India later this year.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-07-02'],
  },
  {
    name: 'AAP copy: `will host his Indian counterpart … next week`, said on Tuesday: planned, in Canberra',
    text: ` date 2024-11-12 Marles in Canberra
CANBERRA, Nov 12 (AAP) - Deputy Prime Minister Richard Marles will host his Indian counterpart Rajnath Singh in Canberra next week for talks on maritime security, his office said on Tuesday.
It will be the first visit to Australia by an Indian defence minister in a decade.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · planned · no date'],
    first: { place: 'Canberra', host: 'Richard Marles' },
  },
  {
    name: "a call on the Prime Minister a day after arriving, a meeting the day before, and the Prime Minister's post on X after them: two meetings",
    text: ` date 2025-03-18 Gabbard calls on PM Modi
New Delhi: US Director of National Intelligence Tulsi Gabbard called on Prime Minister Narendra Modi on Monday evening, a day after she arrived in India on her first visit.
Gabbard also held a meeting with National Security Adviser Ajit Doval on Sunday, officials said.
"Delighted to meet DNI @TulsiGabbard," Modi said in a post on X.
`,
    meetings: [
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-03-17',
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-16',
    ],
    first: { host: 'Narendra Modi' },
  },
  {
    name: 'a MOD Japan release: a ministerial meeting `held … with` the guest, the family name in capitals, a numbered overview after',
    text: ` date 2024-08-21 Japan-India Defense Ministerial Meeting
On August 20, 2024, Minister of Defense KIHARA Minoru held the Japan-India Defense Ministerial Meeting with Minister of Defence Rajnath Singh in New Delhi. The overview is as follows.
1. Minister Kihara expressed his gratitude for the warm welcome.
2. Minister Singh stated that India values Japan as a partner.
`,
    meetings: ['KIHARA Minoru + Rajnath Singh · in-person · held · 2024-08-20'],
    first: { place: 'New Delhi' },
  },
  {
    name: 'a French ministry release: the office after the name and a comma, `on Tuesday 12 March`',
    text: ` date 2024-03-13 Minister meets Indian counterpart
Paris, 12 March 2024 - Sébastien Lecornu, Minister for the Armed Forces, met his Indian counterpart Rajnath Singh in Paris on Tuesday 12 March. The two ministers discussed the Rafale Marine programme.
`,
    meetings: ['Rajnath Singh + Sébastien Lecornu · in-person · held · 2024-03-12'],
    first: { place: 'Paris' },
  },
  {
    name: 'a Philippine release: `Gilberto C. Teodoro Jr.` and a full name the KB spells shorter, met at a camp',
    text: ` date 2024-03-27 DND, India's EAM discuss security cooperation
Defense Secretary Gilberto C. Teodoro Jr. and Indian Minister of External Affairs Subrahmanyam Jaishankar met at Camp Aguinaldo on March 26 to discuss maritime security.
`,
    meetings: ['Gilberto C. Teodoro Jr. + S. Jaishankar · in-person · held · 2024-03-26'],
    first: { place: 'Camp Aguinaldo' },
  },
  {
    name: 'a virtual meeting on Wednesday evening',
    text: ` date 2021-08-12 Defence ministers hold virtual meeting
New Delhi: Defence Minister Rajnath Singh and US Defense Secretary Lloyd Austin held a virtual meeting on Wednesday evening and reviewed the bilateral defence cooperation.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · virtual · held · 2021-08-11'],
  },
  {
    name: 'Kyodo copy: four ministers listed between dashes, names the KB does not know among them: one meeting of the four',
    text: ` date 2024-07-30 Quad ministers meet in Tokyo
TOKYO, July 29 (Kyodo) -- The Quad foreign ministers -- Antony Blinken, S. Jaishankar, Penny Wong and Yoko Kamikawa -- met in Tokyo on Monday and pledged to keep the Indo-Pacific free and open.
`,
    meetings: ['Antony Blinken + Penny Wong + S. Jaishankar + Yoko Kamikawa · in-person · held · 2024-07-29'],
    first: { place: 'Tokyo' },
  },
  {
    name: 'a preview: meetings with leaders unnamed, and one that `is not on the agenda`: none',
    text: ` date 2024-11-17 Modi to meet Biden?
Prime Minister Narendra Modi is scheduled to meet several world leaders on the sidelines of the G20 summit in Rio de Janeiro. A meeting with US President Joe Biden is not on the agenda, officials said.
`,
    meetings: [],
  },
  {
    name: 'a Ukrainian readout: `held a phone conversation with`',
    text: ` date 2025-05-09 Kyiv
Ukrainian President Volodymyr Zelensky held a phone conversation with Prime Minister Narendra Modi on Thursday, his office said.
`,
    meetings: ['Narendra Modi + Volodymyr Zelensky · call · held · 2025-05-08'],
  },
  {
    name: 'a UK report: hosted at a building for a dialogue, then the guest quoted on the meeting: one meeting',
    text: ` date 2025-01-10 UK-India
LONDON — Defence Secretary John Healey hosted India's Defence Minister Rajnath Singh at Lancaster House on Thursday for the UK-India Defence Dialogue.
"I had a very productive meeting with Secretary Healey," Singh told reporters afterwards.
`,
    meetings: ['John Healey + Rajnath Singh · in-person · held · 2025-01-09'],
    first: { place: 'Lancaster House', occasion: 'UK-India Defence Dialogue', host: 'John Healey' },
  },
  {
    name: 'a delegation led by someone: the meeting is with its leader',
    text: ` date 2023-02-15 Delegation
Defence Minister Rajnath Singh met a US Congressional delegation led by Ro Khanna in New Delhi on Tuesday.
`,
    meetings: ['Rajnath Singh + Ro Khanna · in-person · held · 2023-02-14'],
    first: { place: 'New Delhi' },
  },
  {
    name: "a White House transcript: `Prime Minister Modi and I just concluded a productive meeting, and yesterday we had a private dinner` (the day opens the next clause), the guest's turn on the same talks: one meeting, today",
    text: ` date 2023-06-23 Remarks by President Biden and Prime Minister Modi in Joint Press Conference
East Room
2:35 P.M. EDT
PRESIDENT BIDEN: Good afternoon. Prime Minister Modi and I just concluded a productive meeting, and yesterday we had a private dinner together.
PRIME MINISTER MODI: (As interpreted.) Thank you, Mr. President. I had very fruitful discussions with President Biden today.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2023-06-23'],
  },
  {
    name: 'a Reuters dateline of two cities (`OTTAWA/NEW DELHI, Oct 14`) dates no meeting; `at the ASEAN summit` is the occasion',
    text: ` date 2024-10-15 India, Canada spat
OTTAWA/NEW DELHI, Oct 14 (Reuters) - Canadian Prime Minister Justin Trudeau said on Monday he had raised the matter with Indian Prime Minister Narendra Modi when the two briefly met at the ASEAN summit in Laos last week.
`,
    meetings: ['Justin Trudeau + Narendra Modi · in-person · held · no date'],
    first: { place: 'Laos', occasion: 'ASEAN summit' },
  },
  {
    name: "a PIB release: an ambassador received in an office, `Later, Shri Singh met` a service chief named after his office and a comma; `today` is the dateline's day",
    text: ` date 2024-02-02 Minister receives ambassador
New Delhi, February 1: Union Minister of Defence Shri Rajnath Singh received the outgoing US Ambassador Eric Garcetti in his office in South Block today. Later, Shri Singh met the Chief of Naval Staff, Admiral R. Hari Kumar.
`,
    meetings: [
      'Eric Garcetti + Rajnath Singh · in-person · held · 2024-02-01',
      'R. Hari Kumar + Rajnath Singh · in-person · held · 2024-02-01',
    ],
    first: { place: 'South Block', host: 'Rajnath Singh' },
  },
  {
    name: 'a DoD story: hosted at the Pentagon; `their fourth meeting this year; they last met in Vientiane in July` (the month, not the year)',
    text: ` date 2024-08-27 Austin, Singh hold talks
WASHINGTON — Defense Secretary Lloyd J. Austin III hosted Indian Defense Minister Rajnath Singh at the Pentagon on Friday. It was the two leaders' fourth meeting this year; they last met in Vientiane in July.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-07 · background',
    ],
    first: { place: 'Pentagon', host: 'Lloyd Austin' },
  },
  {
    name: "a preview: talks to come, the two leaders' last meeting recalled by its month, a meeting the day before with someone else",
    text: ` date 2025-02-13 Modi-Trump meeting
Prime Minister Narendra Modi and US President Donald Trump will hold talks at the White House on Thursday. The two leaders last met in Houston in September 2019 at the "Howdy Modi" event. Ahead of the talks, Modi met Tesla CEO Elon Musk at Blair House on Wednesday.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · planned · 2025-02-13',
      'Donald Trump + Narendra Modi · in-person · held · 2019-09 · background',
      'Elon Musk + Narendra Modi · in-person · held · 2025-02-12',
    ],
    first: { place: 'White House' },
  },
  {
    name: "an NSA's day at a BRICS meeting: `his Chinese counterpart Wang Yi`, then `On Thursday, Doval met` a president",
    text: ` date 2024-09-12 Doval in Russia
NSA Ajit Doval on Wednesday met his Chinese counterpart Wang Yi in St Petersburg on the sidelines of a BRICS meeting of national security advisers. On Thursday, Doval met Russian President Vladimir Putin.
`,
    meetings: ['Ajit Doval + Wang Yi · in-person · held · 2024-09-11', 'Ajit Doval + Vladimir Putin · in-person · held · 2024-09-12'],
    first: { place: 'St Petersburg' },
  },
  {
    name: 'a visitor `who is on a two-day visit to India` met two people, and will call on a third',
    text: ` date 2024-06-18 Sullivan in Delhi
US National Security Advisor Jake Sullivan, who is on a two-day visit to India, met External Affairs Minister S. Jaishankar and National Security Adviser Ajit Doval on Monday. He will call on Prime Minister Narendra Modi on Tuesday.
`,
    meetings: [
      'Jake Sullivan + S. Jaishankar · in-person · held · 2024-06-17',
      'Ajit Doval + Jake Sullivan · in-person · held · 2024-06-17',
      'Jake Sullivan + Narendra Modi · in-person · planned · 2024-06-18',
    ],
  },
  {
    name: 'two ministers who `spoke briefly on the sidelines of` a meeting, said by an official',
    text: ` date 2023-03-02 G20 FMM
New Delhi: US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov spoke briefly on the sidelines of the G20 foreign ministers' meeting in New Delhi on Thursday, the first in-person contact between the two since the war began, a senior State Department official said.
`,
    meetings: ['Antony Blinken + Sergey Lavrov · in-person · held · 2023-03-02'],
    first: { place: 'New Delhi', occasion: "G20 foreign ministers' meeting" },
  },
  {
    name: 'a shared surname (`Singh`) in the headline and the lede, before the body names Rajnath Singh in full: one meeting',
    text: ` date 2024-11-22 Austin, Singh hold talks in Vientiane
Austin and Singh met on Thursday.
Defence Minister Rajnath Singh met US Secretary of Defense Lloyd Austin in Vientiane on Thursday.
Singh said the talks were useful.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
    first: { place: 'Vientiane' },
  },
  {
    name: 'a Chinese MFA release: a long office before the name, a full name the KB spells shorter (`Subrahmanyam Jaishankar`)',
    text: ` date 2024-07-26 Wang Yi meets Jaishankar
On July 25, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Indian External Affairs Minister Subrahmanyam Jaishankar in Vientiane.
Wang Yi said that China and India are two major developing countries.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
    first: { place: 'Vientiane' },
  },
  {
    name: '`met for the fourth time this year on the margins of the G7 summit in Apulia on Thursday`',
    text: ` date 2024-06-14 Modi, Biden meet at G7
Prime Minister Narendra Modi and US President Joe Biden met for the fourth time this year on the margins of the G7 summit in Apulia on Thursday.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2024-06-13'],
    first: { place: 'Apulia', occasion: 'G7 summit' },
  },
  {
    name: "`Thursday's meeting between A and B in Vientiane focused on …`: the day, and the place before a verb",
    text: ` date 2024-07-27 Vientiane talks
Thursday's meeting between Jaishankar and Wang Yi in Vientiane focused on the border situation, officials said. It was their second meeting in a month.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
    first: { place: 'Vientiane' },
  },
  {
    name: 'an interview: `Q: When did you last meet President Putin?` `MODI: I met him … yesterday` (him: the one just named)',
    text: ` date 2024-07-10 Interview
Q: When did you last meet President Putin?
MODI: I met him in Moscow only yesterday. Before that, we met in Samarkand in 2022.
`,
    meetings: ['Narendra Modi + Putin · in-person · held · 2024-07-09'],
  },
  {
    name: '`Earlier, he met his Indian counterpart S Jaishankar, with whom he co-chaired the … Ministerial Roundtable`: he, not the last named; a roundtable is an event',
    text: ` date 2024-10-08 Singapore
Singapore's Minister for Foreign Affairs Vivian Balakrishnan called on Prime Minister Narendra Modi on Monday. Earlier, he met his Indian counterpart S Jaishankar, with whom he co-chaired the India-Singapore Ministerial Roundtable.
`,
    meetings: [
      'Narendra Modi + Vivian Balakrishnan · in-person · held · 2024-10-07',
      'S. Jaishankar + Vivian Balakrishnan · in-person · held · 2024-10-07',
    ],
    first: { host: 'Narendra Modi' },
  },
  {
    name: '`will not meet` one leader, `will instead hold talks with` another',
    text: ` date 2025-02-10 No meeting
Prime Minister Narendra Modi will not meet President Donald Trump during his visit to Paris, officials clarified. Modi will instead hold talks with French President Emmanuel Macron on Tuesday.
`,
    meetings: ['Emmanuel Macron + Narendra Modi · in-person · planned · 2025-02-11'],
  },
  {
    name: 'an Israeli readout: `spoke tonight with`',
    text: ` date 2024-11-28 Katz call
Defense Minister Israel Katz spoke tonight with US Secretary of Defense Lloyd Austin. The ministers discussed the ceasefire in Lebanon.
`,
    meetings: ['Israel Katz + Lloyd Austin · call · held · 2024-11-28'],
  },
  {
    name: 'a digest: three reports joined by semicolons are three (one with no one named)',
    text: ` date 2024-04-19 Digest
In brief: Jaishankar met Greek Foreign Minister George Gerapetritis in Athens on Wednesday; Rajnath Singh spoke with Australian Defence Minister Richard Marles by phone; and Ajit Doval received a delegation of US lawmakers.
`,
    meetings: [
      'George Gerapetritis + S. Jaishankar · in-person · held · 2024-04-17',
      'Rajnath Singh + Richard Marles · call · held · no date',
    ],
    first: { place: 'Athens' },
  },
  {
    name: '`Singh received him at South Block`: him is the one named just before',
    text: ` date 2024-11-22 x
Lloyd Austin arrived in New Delhi on Monday. Rajnath Singh received him at South Block.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-18'],
    first: { place: 'South Block', host: 'Rajnath Singh' },
  },
  {
    name: "a scraped page: the story's meeting, not those of the links to other stories (`Also Read: …`, `Related Stories`, `Trending: …`)",
    text: ` date 2024-11-22 Home | India | World | Business
Rajnath Singh meets Austin in Vientiane
Defence Minister Rajnath Singh met US Secretary of Defense Lloyd Austin in Vientiane on Thursday on the sidelines of the ADMM-Plus.
The two ministers reviewed the defence partnership.
Also Read: Jaishankar holds talks with Wang Yi in Rio
Related Stories
Modi, Biden hold talks at White House
Doval meets Sullivan in New Delhi
Trending: Putin to visit India next year
(Edited by Staff)
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
    first: { place: 'Vientiane', occasion: 'ADMM-Plus' },
  },
  {
    name: 'AP copy: bilateral meetings with three leaders before a summit, one each; the headlines under `READ MORE:` add none',
    text: ` date 2024-09-23 Quad Leaders' Summit
WILMINGTON, Delaware, Sept 21 (AP) — President Joe Biden hosted the leaders of Australia, India and Japan at his home in Wilmington on Saturday for the Quad summit. Biden held separate bilateral meetings with Prime Minister Anthony Albanese, Prime Minister Narendra Modi and Prime Minister Fumio Kishida before the summit.
READ MORE:
Biden says Quad is 'here to stay'
Modi meets Biden, discusses defence ties
`,
    meetings: [
      'Anthony Albanese + Joe Biden · in-person · held · 2024-09-21',
      'Joe Biden + Narendra Modi · in-person · held · 2024-09-21',
      'Fumio Kishida + Joe Biden · in-person · held · 2024-09-21',
    ],
    first: { place: 'Wilmington' },
  },
  {
    name: 'a long PIB release: talks, then `Earlier in the day, Raksha Mantri met` (the Hindi title of the office), an industry roundtable, and a call to come `in Hawaii, where he will call on` a commander',
    text: ` date 2024-08-24 Raksha Mantri holds bilateral talks with US Secretary of Defense in Washington DC
Posted On: 24 AUG 2024 9:15AM by PIB Delhi
Raksha Mantri Shri Rajnath Singh held bilateral talks with US Secretary of Defense Mr Lloyd Austin at the Pentagon in Washington DC on August 23, 2024. On arrival, he was accorded a full honours cordon.
The two leaders reviewed the progress in the India-US Major Defence Partnership. Raksha Mantri appreciated the role played by Secretary Austin in taking the relationship to new heights.
Secretary Austin said the US looks forward to working with India on co-production of Stryker vehicles. He thanked Raksha Mantri for India's support for the Combined Maritime Forces.
In the presence of the two leaders, the two sides signed the Security of Supply Arrangement and a Memorandum of Agreement on the assignment of liaison officers.
Earlier in the day, Raksha Mantri met US National Security Advisor Mr Jake Sullivan at the White House. They discussed a wide range of issues.
On August 22, Shri Rajnath Singh interacted with top executives of the US defence industry at a roundtable organised by the US-India Strategic Partnership Forum.
Raksha Mantri will also meet the Indian community in Washington before departing for Hawaii, where he will call on the Commander of the US Indo-Pacific Command, Admiral Samuel Paparo, on August 26.
The Defence Secretary Shri Giridhar Aramane, Ambassador of India to the US Shri Vinay Mohan Kwatra and senior officials were part of the delegation.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Jake Sullivan + Rajnath Singh · in-person · held · 2024-08-23',
      'Rajnath Singh + Samuel Paparo · in-person · planned · 2024-08-26',
    ],
    first: { place: 'Pentagon' },
  },
  {
    name: "an MEA special briefing: `Prime Minister arrived …` (the home country's, never named), received by and called on leaders the KB does not know; `the President of UAE` is no person",
    text: ` date 2024-04-29 Transcript of Special Briefing by Foreign Secretary
Official Spokesperson, Shri Randhir Jaiswal: Good evening. Welcome to this special briefing on the visit of Prime Minister to the United Arab Emirates.
Foreign Secretary, Shri Vinay Mohan Kwatra: Thank you. Prime Minister arrived in Abu Dhabi this afternoon. He was received at the airport by the President of UAE, His Highness Sheikh Mohamed bin Zayed Al Nahyan. The two leaders then held restricted talks, followed by delegation-level talks. The Prime Minister also called on the Vice President and Prime Minister of the UAE, Sheikh Mohammed bin Rashid Al Maktoum, in Dubai.
Question: Sir, was there any discussion on the IMEC corridor?
Foreign Secretary, Shri Vinay Mohan Kwatra: Yes, the two leaders discussed IMEC at length.
`,
    // (Received at the airport on arrival, `this afternoon`: the day said just before of the office's holder.)
    meetings: [
      'Mohamed bin Zayed Al Nahyan + Narendra Modi · in-person · held · 2024-04-29',
      'Mohammed bin Rashid Al Maktoum + Narendra Modi · in-person · held · no date',
    ],
    first: { host: 'Mohamed bin Zayed Al Nahyan' },
  },
  {
    name: 'a long Reuters story: the meeting, three more earlier in the day (one after `as well as`), quotes, a last meeting recalled by its year',
    text: ` date 2025-02-13 India's Modi meets Trump as tariff threats loom
WASHINGTON, Feb 13 (Reuters) - Indian Prime Minister Narendra Modi met U.S. President Donald Trump at the White House on Thursday, seeking to avert a trade war as Trump pushes ahead with reciprocal tariffs.
"We are going to have a great relationship," Trump told reporters before the meeting.
Earlier in the day Modi met Elon Musk, the billionaire head of Tesla and SpaceX, as well as National Security Adviser Mike Waltz and Director of National Intelligence Tulsi Gabbard.
Trump has called India a "very big abuser" on trade. His commerce secretary, Howard Lutnick, said on Wednesday that reciprocal tariffs could be imposed by April.
Modi and Trump last met in person in 2019 at a rally in Houston. India's foreign secretary Vikram Misri told reporters that the two leaders had a "very substantive" discussion.
(Reporting by Jeff Mason and Trevor Hunnicutt; Editing by Don Durfee)
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
      'Elon Musk + Narendra Modi · in-person · held · 2025-02-13',
      'Mike Waltz + Narendra Modi · in-person · held · 2025-02-13',
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-02-13',
      'Donald Trump + Narendra Modi · in-person · held · 2019 · background',
    ],
    first: { place: 'White House' },
  },
  {
    name: 'a joint statement: `The two Prime Ministers held talks on 11 October 2024 in Vientiane` (the town refines the country of the visit), a call on the President',
    text: ` date 2024-10-11 Joint Statement
Joint Statement on the Visit of Prime Minister of India to Laos
1. At the invitation of Prime Minister of the Lao PDR, H.E. Mr. Sonexay Siphandone, the Prime Minister of India, H.E. Shri Narendra Modi, paid an official visit to the Lao PDR from 10-11 October 2024.
2. The two Prime Ministers held talks on 11 October 2024 in Vientiane and reviewed the entire gamut of bilateral relations.
3. Prime Minister Modi also called on the President of the Lao PDR, H.E. Mr. Thongloun Sisoulith.
`,
    meetings: [
      'Narendra Modi + Sonexay Siphandone · in-person · held · 2024-10-11',
      // (The day just said of one of its people, as `the two Prime Ministers` were.)
      'Narendra Modi + Thongloun Sisoulith · in-person · held · 2024-10-11',
    ],
    first: { place: 'Vientiane' },
  },
  {
    name: 'bilateral meetings at a summit on one day, talks over lunch the next; `New Delhi:` (a place the KB knows, then a colon) is the dateline',
    text: ` date 2023-09-10 G20 summit bilaterals
New Delhi: On the sidelines of the G20 Summit, Prime Minister Narendra Modi held bilateral meetings with UK Prime Minister Rishi Sunak, Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni on Saturday. On Sunday, he held talks with French President Emmanuel Macron over lunch.
`,
    meetings: [
      'Narendra Modi + Rishi Sunak · in-person · held · 2023-09-09',
      'Fumio Kishida + Narendra Modi · in-person · held · 2023-09-09',
      'Giorgia Meloni + Narendra Modi · in-person · held · 2023-09-09',
      'Emmanuel Macron + Narendra Modi · in-person · held · 2023-09-10',
    ],
    first: { place: 'New Delhi', occasion: 'G20 Summit' },
  },
  {
    name: 'a DoD release under a headline: welcomed (a long office) to the Pentagon; `the AUSMIN consultations held in Brisbane last July, where …` (an acronym, no misspelt name) is a meeting recalled by that month',
    text: ` date 2024-02-15 Austin hosts Marles
Secretary of Defense Lloyd J. Austin III welcomed Australian Deputy Prime Minister and Minister for Defence Richard Marles to the Pentagon today. During their meeting, the two leaders discussed AUKUS. The meeting follows the AUSMIN consultations held in Brisbane last July, where Secretary Austin and Secretary of State Antony Blinken met Minister Marles and Foreign Minister Penny Wong.
`,
    meetings: [
      'Lloyd Austin + Richard Marles · in-person · held · 2024-02-15',
      'Antony Blinken + Lloyd Austin + Penny Wong + Richard Marles · in-person · held · 2023-07 · background',
    ],
    first: { place: 'Pentagon', host: 'Lloyd Austin' },
  },
  {
    name: '`held talks with his counterparts from Australia, Portugal and Indonesia` names no one: no meeting; a handle alone is no name',
    text: ` date 2024-11-20 Jaishankar in Rio
Rio de Janeiro, Nov 19 (PTI) External Affairs Minister S Jaishankar on Tuesday held talks with his counterparts from Australia, Portugal and Indonesia on the sidelines of the G20 Summit here.
"Good to meet FM @SenatorWong of Australia. Discussed our bilateral cooperation," he posted on X.
`,
    meetings: [],
  },
  {
    name: '`Sultan Hassanal Bolkiah of Brunei` (where he is of is not his name) `at the Istana Nurul Iman` (a palace, not a person); `He left for Singapore later in the day, where he will meet …`',
    text: ` date 2024-09-05 Brunei
Bandar Seri Begawan: Prime Minister Narendra Modi on Thursday held talks with Sultan Hassanal Bolkiah of Brunei at the Istana Nurul Iman. The two leaders discussed defence cooperation. Modi is the first Indian prime minister to visit Brunei. He left for Singapore later in the day, where he will meet Prime Minister Lawrence Wong on Thursday.
`,
    meetings: [
      'Hassanal Bolkiah + Narendra Modi · in-person · held · 2024-09-05',
      'Lawrence Wong + Narendra Modi · in-person · planned · 2024-09-05',
    ],
    first: { place: 'Istana Nurul Iman' },
  },
  {
    name: 'a quote, then `told reporters after meeting S. Jaishankar in Tokyo on Thursday`',
    text: ` date 2024-03-08 Quotes
"We had a productive discussion on critical minerals," Japanese Foreign Minister Yoko Kamikawa told reporters after meeting S. Jaishankar in Tokyo on Thursday.
`,
    meetings: ['S. Jaishankar + Yoko Kamikawa · in-person · held · 2024-03-07'],
    first: { place: 'Tokyo' },
  },
  {
    name: '`who met Jaishankar earlier this week` (a week is no day); `will travel to Tokyo next week, where he is scheduled to meet …` (a town the KB does not know)',
    text: ` date 2024-05-10 Relative clause
Antony Blinken, who met Jaishankar earlier this week, said the partnership was strong. Blinken will travel to Tokyo next week, where he is scheduled to meet Yoko Kamikawa.
`,
    meetings: [
      'Antony Blinken + S. Jaishankar · in-person · held · no date',
      'Antony Blinken + Yoko Kamikawa · in-person · planned · no date',
    ],
  },
  {
    name: '`hosted a dinner for visiting … at Kirribilli House on Sunday evening`',
    text: ` date 2024-06-03 Dinner
Prime Minister Anthony Albanese hosted a dinner for visiting Indian Defence Minister Rajnath Singh at Kirribilli House on Sunday evening.
`,
    meetings: ['Anthony Albanese + Rajnath Singh · in-person · held · 2024-06-02'],
    first: { place: 'Kirribilli House', host: 'Anthony Albanese' },
  },
  {
    name: '`was hosted by … at Parliament House in Canberra`',
    text: ` date 2024-06-20 Passive host
Rajnath Singh was hosted by Richard Marles at Parliament House in Canberra on Wednesday.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-06-19'],
    first: { host: 'Richard Marles' },
  },
  {
    name: '`received a phone call from`: a call, no host',
    text: ` date 2024-01-15 Call received
Prime Minister Narendra Modi received a phone call from President Emmanuel Macron on Sunday. The two leaders reviewed the Horizon 2047 roadmap.
`,
    meetings: ['Emmanuel Macron + Narendra Modi · call · held · 2024-01-14'],
    first: { host: null },
  },
  {
    name: '`held talks via video link on Tuesday (Sept 10)`: virtual',
    text: ` date 2024-09-12 Video link
Lloyd Austin and Rajnath Singh held talks via video link on Tuesday (Sept 10), the Pentagon said.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · virtual · held · 2024-09-10'],
  },
  {
    name: '`The meeting between A and B is scheduled for next month in Washington`; `is also expected to meet … later this month`: both planned',
    text: ` date 2024-10-02 Scheduled
The meeting between Jaishankar and Rubio is scheduled for next month in Washington. Jaishankar is also expected to meet Defense Secretary Pete Hegseth later this month.
`,
    meetings: [
      'Marco Rubio + S. Jaishankar · in-person · planned · no date',
      'Pete Hegseth + S. Jaishankar · in-person · planned · no date',
    ],
    first: { place: 'Washington' },
  },
  {
    name: '`The two leaders, Narendra Modi and Sheikh Hasina, met for 45 minutes at Hyderabad House`',
    text: ` date 2024-04-05 Minutes
The two leaders, Narendra Modi and Sheikh Hasina, met for 45 minutes at Hyderabad House on Thursday and signed seven agreements.
`,
    meetings: ['Hasina + Narendra Modi · in-person · held · 2024-04-04'],
    first: { place: 'Hyderabad House' },
  },
  {
    name: 'Yonhap copy: a hyphenated Korean name, `his Indian counterpart, Rajnath Singh,`',
    text: ` date 2024-06-05 S. Korea, India defense chiefs hold talks
SEOUL, June 5 (Yonhap) -- South Korean Defense Minister Shin Won-sik held talks with his Indian counterpart, Rajnath Singh, in Seoul on Wednesday, the defense ministry said.
Shin and Singh agreed to expand cooperation in the defense industry.
`,
    meetings: ['Rajnath Singh + Shin Won-sik · in-person · held · 2024-06-05'],
    first: { place: 'Seoul' },
  },
  {
    name: 'TASS copy: `are holding talks in the Kremlin` (under way: the day of publication), then an informal meeting the evening before: two meetings',
    text: ` date 2024-07-09 Putin, Modi hold talks in Kremlin
MOSCOW, July 9. /TASS/. Russian President Vladimir Putin and Indian Prime Minister Narendra Modi are holding talks in the Kremlin. On Monday evening, Putin hosted Modi at his Novo-Ogaryovo residence outside Moscow for an informal meeting.
`,
    meetings: [
      'Narendra Modi + Vladimir Putin · in-person · held · 2024-07-09',
      'Narendra Modi + Vladimir Putin · in-person · held · 2024-07-08',
    ],
    first: { place: 'Kremlin' },
  },
  {
    name: 'an Australian report: `Mr Albanese met Mr Modi at Admiralty House in Sydney on Wednesday morning, a day after …`',
    text: ` date 2023-05-25 Albanese and Modi
Mr Albanese met Mr Modi at Admiralty House in Sydney on Wednesday morning, a day after the two leaders addressed a rally at Qudos Bank Arena.
`,
    meetings: ['Anthony Albanese + Narendra Modi · in-person · held · 2023-05-24'],
    first: { place: 'Admiralty House' },
  },
  {
    name: 'a German release: `Chancellor Olaf Scholz received … at the Federal Chancellery in Berlin`',
    text: ` date 2024-02-22 Chancellor Scholz
Chancellor Olaf Scholz received External Affairs Minister S. Jaishankar at the Federal Chancellery in Berlin on Tuesday.
`,
    meetings: ['Olaf Scholz + S. Jaishankar · in-person · held · 2024-02-20'],
    first: { place: 'Federal Chancellery', host: 'Olaf Scholz' },
  },
  {
    name: 'a timeline with a dash after each date: `The two spoke by phone` is the two just named',
    text: ` date 2024-10-10 Timeline
Jan. 26, 2023 — Austin met Rajnath Singh in New Delhi.
Feb. 15, 2023 — The two spoke by phone.
June 4, 2023: Lloyd Austin visited New Delhi for talks with Singh.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-01-26 · background',
      'Lloyd Austin + Rajnath Singh · call · held · 2023-02-15 · background',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-04 · background',
    ],
  },
  {
    name: "`Mr Marles said after meeting his Indian counterpart in Canberra`: the KB's Defence Minister of India on the day",
    text: ` date 2024-11-21 Marles says
Mr Marles said after meeting his Indian counterpart in Canberra that the two countries shared a vision for the Indo-Pacific.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · no date'],
    first: { place: 'Canberra' },
  },
  {
    name: 'Czech and Polish names with diacritics; `also met` a second person the same day',
    text: ` date 2024-09-27 Czech minister
Czech Foreign Minister Jan Lipavský met External Affairs Minister S. Jaishankar on the sidelines of the UN General Assembly in New York on Thursday. Lipavský also met Polish Foreign Minister Radosław Sikorski.
`,
    meetings: [
      'Jan Lipavský + S. Jaishankar · in-person · held · 2024-09-26',
      'Jan Lipavský + Radosław Sikorski · in-person · held · 2024-09-26',
    ],
    first: { place: 'New York', occasion: 'UN General Assembly' },
  },
  {
    name: 'Reuters: a vice president met the Prime Minister at his residence; `will visit the Taj Mahal` (a monument, no person)',
    text: ` date 2025-04-22 Vance in India
NEW DELHI, April 21 (Reuters) - U.S. Vice President JD Vance met Prime Minister Narendra Modi at his residence in New Delhi on Monday evening, hours after arriving with his family on a four-day visit. The two sides welcomed progress on a trade deal, Modi's office said.
Vance, whose wife Usha has Indian roots, will visit the Taj Mahal in Agra on Wednesday.
`,
    meetings: ['JD Vance + Narendra Modi · in-person · held · 2025-04-21'],
    first: { place: 'New Delhi' },
  },
  {
    name: 'a State Department readout: `Secretary Blinken met with Indian Foreign Secretary Vikram Misri … today`',
    text: ` date 2024-12-18 Readout
Secretary Blinken met with Indian Foreign Secretary Vikram Misri in Washington today. The Secretary and the Foreign Secretary discussed the U.S.-India Comprehensive Global Strategic Partnership.
`,
    meetings: ['Antony Blinken + Vikram Misri · in-person · held · 2024-12-18'],
    first: { place: 'Washington' },
  },
  {
    name: 'a Ukrainian release: `held a telephone conversation with`, the day only in the dateline: no day',
    text: ` date 2024-08-07 Ukrainian envoy
Kyiv, August 6 - Ukraine's Foreign Minister Dmytro Kuleba held a telephone conversation with India's External Affairs Minister S. Jaishankar. The ministers discussed preparations for Prime Minister Modi's visit to Ukraine later this month.
`,
    meetings: ['Dmytro Kuleba + S. Jaishankar · call · held · no date'],
  },
  {
    name: 'an Indian defence release: names before their offices and commas, `the CDS also interacted with`',
    text: ` date 2024-11-25 CDS in Washington
General Anil Chauhan, Chief of Defence Staff, called on General Charles Q. Brown Jr., Chairman of the Joint Chiefs of Staff, at the Pentagon on Friday. During the visit, the CDS also interacted with Admiral Samuel Paparo.
`,
    meetings: [
      'Anil Chauhan + Charles Q. Brown Jr. · in-person · held · 2024-11-22',
      'Anil Chauhan + Samuel Paparo · in-person · held · 2024-11-22',
    ],
    first: { place: 'Pentagon', host: 'Charles Q. Brown Jr.' },
  },
  {
    name: 'a Malaysian report: `received a courtesy call from … at Wisma Pertahanan yesterday`',
    text: ` date 2024-03-15 Malaysia
Kuala Lumpur: Defence Minister Mohamed Khaled Nordin received a courtesy call from Indian Navy chief Admiral R. Hari Kumar at Wisma Pertahanan yesterday. Both leaders exchanged views on maritime security.
`,
    meetings: ['Mohamed Khaled Nordin + R. Hari Kumar · in-person · held · 2024-03-14'],
    first: { place: 'Wisma Pertahanan', host: 'Mohamed Khaled Nordin' },
  },
  {
    name: 'AP from Kazan: `held their first formal talks in five years on Wednesday, on the sidelines of the BRICS summit`',
    text: ` date 2024-10-24 BRICS Kazan
KAZAN, Russia (AP) — Chinese leader Xi Jinping and Indian Prime Minister Narendra Modi held their first formal talks in five years on Wednesday, on the sidelines of the BRICS summit, a day after their countries reached an agreement on border patrols.
It was the first structured meeting between the two since 2019, when Xi visited Mamallapuram. Russian President Vladimir Putin hosted the summit.
`,
    meetings: ['Narendra Modi + Xi Jinping · in-person · held · 2024-10-23'],
    first: { place: 'Kazan' },
  },
  {
    name: "the Quad: one host and three guests `for the Quad Leaders' Summit`: one meeting of the four",
    text: ` date 2024-09-22 Quad
WILMINGTON, Del. — President Biden hosted Prime Minister Narendra Modi, Prime Minister Anthony Albanese and Prime Minister Fumio Kishida for the Quad Leaders' Summit on Saturday. Biden, Albanese, Kishida and Modi discussed maritime security.
`,
    meetings: ['Anthony Albanese + Fumio Kishida + Joe Biden + Narendra Modi · in-person · held · 2024-09-21'],
    first: { host: 'Joe Biden' },
  },
  {
    name: 'leaders attending a swearing-in, then `bilateral talks with A and B on Monday`: one meeting with each',
    text: ` date 2024-06-10 Swearing-in
Sri Lankan President Ranil Wickremesinghe, Maldivian President Mohamed Muizzu and Bangladesh Prime Minister Sheikh Hasina attended the swearing-in ceremony of Prime Minister Narendra Modi in New Delhi on Sunday. Modi later held bilateral talks with Muizzu and Wickremesinghe on Monday.
`,
    meetings: [
      'Mohamed Muizzu + Narendra Modi · in-person · held · 2024-06-10',
      'Narendra Modi + Ranil Wickremesinghe · in-person · held · 2024-06-10',
    ],
  },
  {
    name: 'a joint press availability: `Secretary Austin and I just concluded the … 2+2 … with Minister Jaishankar and Minister Singh` (just over: today), `I also met Prime Minister Modi this morning`',
    text: ` date 2023-11-10 Remarks
Secretary Blinken and Secretary Austin at a Joint Press Availability
New Delhi, India
SECRETARY BLINKEN: Good afternoon. Secretary Austin and I just concluded the fifth U.S.-India 2+2 Ministerial Dialogue with Minister Jaishankar and Minister Singh.
SECRETARY AUSTIN: Thank you, Tony. I also met Prime Minister Modi this morning.
`,
    meetings: [
      'Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · held · 2023-11-10',
      'Lloyd Austin + Narendra Modi · in-person · held · 2023-11-10',
    ],
  },
  {
    name: 'a trilateral meeting of three named ministers: one meeting',
    text: ` date 2024-07-30 Trilateral
Defense Secretary Lloyd Austin, Japanese Defense Minister Minoru Kihara and Philippine Defense Secretary Gilberto Teodoro Jr. held a trilateral meeting in Tokyo on Monday.
`,
    meetings: ['Gilberto Teodoro Jr. + Lloyd Austin + Minoru Kihara · in-person · held · 2024-07-29'],
    first: { place: 'Tokyo' },
  },
  {
    name: '`held meetings with:` and a numbered list: one meeting with each person listed',
    text: ` date 2024-12-10 Engagements
During his visit to Moscow, Defence Minister Rajnath Singh held meetings with:
1. President Vladimir Putin
2. Defence Minister Andrei Belousov
3. Foreign Minister Sergey Lavrov
`,
    meetings: [
      'Rajnath Singh + Vladimir Putin · in-person · held · no date',
      'Andrei Belousov + Rajnath Singh · in-person · held · no date',
      'Rajnath Singh + Sergey Lavrov · in-person · held · no date',
    ],
  },
  {
    name: '`held his first meeting … with the Quad foreign ministers — A, B and C —` (one meeting of the four), then `a bilateral meeting with` one of them',
    text: ` date 2025-01-22 First call
Secretary of State Marco Rubio held his first meeting as Secretary with the Quad foreign ministers — S. Jaishankar of India, Penny Wong of Australia and Takeshi Iwaya of Japan — at the State Department on Tuesday. He then held a bilateral meeting with Jaishankar.
`,
    meetings: [
      'Marco Rubio + Penny Wong + S. Jaishankar + Takeshi Iwaya · in-person · held · 2025-01-21',
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21',
    ],
    first: { place: 'State Department' },
  },
  {
    name: '`X and his US counterpart Y co-chaired the iCET dialogue`; `Doval also received … on Tuesday`',
    text: ` date 2024-03-20 NSA
National Security Adviser Ajit Doval and his US counterpart Jake Sullivan co-chaired the iCET dialogue in New Delhi on Monday. Doval also received Deputy Secretary of State Kurt Campbell on Tuesday.
`,
    meetings: ['Ajit Doval + Jake Sullivan · in-person · held · 2024-03-18', 'Ajit Doval + Kurt Campbell · in-person · held · 2024-03-19'],
    first: { place: 'New Delhi' },
  },
  {
    name: 'meetings counted (`has met Biden six times`, `many times`, `several rounds of talks`) or wished for (`someday`): none told',
    text: ` date 2024-11-22 Traps
Modi has met Biden six times since 2021.
Lloyd Austin said he looked forward to meeting Rajnath Singh again someday.
The two ministers have held several rounds of talks over the past year.
Jaishankar, who has met Wang Yi many times, said the border was calm.
`,
    meetings: [],
  },
  {
    name: "PTI copy: `Rome, Nov 26 (PTI)` (an agency's dateline without a dash: the place, and no meeting's day), `met his Iranian counterpart`, an occasion that ends before `and discussed`",
    text: ` date 2024-11-26 EAM Jaishankar meets Iranian FM Araghchi
EAM Jaishankar meets Iranian FM Araghchi in Rome; discusses Chabahar
Rome, Nov 26 (PTI) External Affairs Minister S Jaishankar on Tuesday met his Iranian counterpart Abbas Araghchi on the sidelines of the MED Mediterranean Dialogues conference and discussed the Chabahar port project.
`,
    meetings: ['Abbas Araghchi + S. Jaishankar · in-person · held · 2024-11-26'],
    first: { place: 'Rome', occasion: 'MED Mediterranean Dialogues conference' },
  },
  {
    name: "`held the 23rd round of the Special Representatives talks` under an agency's dateline",
    text: ` date 2024-12-19 NSA Doval in Beijing
NSA Doval meets Chinese FM Wang Yi in Beijing; 23rd round of SR talks held
Beijing, Dec 18 (PTI) National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi on Wednesday held the 23rd round of the Special Representatives talks on the boundary question.
`,
    // (The Special Representatives talks are a named format: a dialogue, whatever the medium.)
    meetings: ['Ajit Doval + Wang Yi · dialogue · held · 2024-12-18'],
    first: { place: 'Beijing' },
  },
  {
    name: "a Minister of State who shares the KB's surname `Singh` (named in full: his own), then `Singh also called on` a president",
    text: ` date 2024-10-02 MoS
Minister of State for External Affairs Kirti Vardhan Singh met Mexican Foreign Minister Alicia Bárcena in Mexico City on Tuesday. Singh also called on President Claudia Sheinbaum.
`,
    meetings: [
      'Alicia Bárcena + Kirti Vardhan Singh · in-person · held · 2024-10-01',
      'Claudia Sheinbaum + Kirti Vardhan Singh · in-person · held · 2024-10-01',
    ],
    first: { place: 'Mexico City' },
  },
  {
    name: "a headline's `PM Modi, Trump hold phone call`, then the call `on Monday … over the phone`: one call",
    text: ` date 2025-02-05 PM Modi, Trump
PM Modi, Trump hold phone call; discuss trade, security
New Delhi: Prime Minister Narendra Modi on Monday spoke with US President Donald Trump over the phone, the Ministry of External Affairs said. It was their first conversation since Trump's inauguration.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2025-02-03'],
  },
  {
    name: 'a PIB release in the passive: `A bilateral meeting between … and the Defence Minister of Vietnam, General Phan Van Giang, was held in Hanoi on June 8, 2024`',
    text: ` date 2024-06-08 Hanoi
A bilateral meeting between Raksha Mantri Shri Rajnath Singh and the Defence Minister of Vietnam, General Phan Van Giang, was held in Hanoi on June 8, 2024. The two ministers reviewed defence cooperation.
`,
    meetings: ['Phan Van Giang + Rajnath Singh · in-person · held · 2024-06-08'],
    first: { place: 'Hanoi' },
  },
  {
    name: "a live blog's entries under times of day: one meeting each, no day",
    text: ` date 2024-11-20 Rio live
10:42 IST: PM Modi arrives at the G20 venue in Rio.
11:15 IST: PM Modi holds talks with Italian PM Giorgia Meloni.
12:30 IST: Modi meets Indonesian President Prabowo Subianto on the sidelines.
`,
    meetings: [
      'Giorgia Meloni + Narendra Modi · in-person · held · no date',
      'Narendra Modi + Prabowo Subianto · in-person · held · no date',
    ],
  },
  {
    name: "a briefing's `Q.`/`A.`: the question reports nothing, `had a brief interaction` is a meeting (`A. Yes` is no person)",
    text: ` date 2024-11-19 Briefing
Q. Did the Prime Minister meet President Xi in Rio?
A. Yes, Prime Minister Modi and President Xi Jinping had a brief interaction at the summit venue on Monday.
`,
    meetings: ['Narendra Modi + Xi Jinping · in-person · held · 2024-11-18'],
  },
  {
    name: 'an analysis: `In 2019, Modi met Trump …` (a year opening the sentence: recalled), then `On Thursday, the two leaders met at the White House`',
    text: ` date 2025-02-15 Analysis
Modi and Trump go back a long way. In 2019, Modi met Trump at the "Howdy Modi" rally in Houston; in February 2020, Trump visited Ahmedabad for "Namaste Trump". On Thursday, the two leaders met at the White House.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2019 · background',
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
    ],
    first: { place: 'Houston' },
  },
  {
    name: "a visit `from August 23, during which he will meet …`: the day a period starts is not the meeting's",
    text: ` date 2024-08-20 Singh to visit US
Defence Minister Rajnath Singh will embark on a four-day visit to the United States from August 23, during which he will meet Secretary of Defense Lloyd Austin at the Pentagon.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · planned · no date'],
  },
  {
    name: '`dialled` a president `and the two leaders exchanged views on the situation in Ukraine`: a call, and a call has no place',
    text: ` date 2024-07-09 Call
Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Monday and the two leaders exchanged views on the situation in Ukraine.
`,
    meetings: ['Narendra Modi + Vladimir Putin · call · held · 2024-07-08'],
    first: { place: null },
  },
  {
    name: '`is slated to hold talks … on Tuesday, officials said on Friday`',
    text: ` date 2025-01-10 Slated
External Affairs Minister S. Jaishankar is slated to hold talks with Secretary of State Marco Rubio in Washington on Tuesday, officials said on Friday.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · planned · 2025-01-14'],
    first: { place: 'Washington' },
  },
  {
    name: '`held a video conference with his Japanese counterpart Minoru Kihara`',
    text: ` date 2024-04-02 Video
Rajnath Singh held a video conference with his Japanese counterpart Minoru Kihara on Monday to review the progress of defence equipment cooperation.
`,
    meetings: ['Minoru Kihara + Rajnath Singh · virtual · held · 2024-04-01'],
  },
  {
    name: 'a visit `at the invitation of` a president, then `The two leaders will hold talks at the White House on February 13`',
    text: ` date 2025-02-10 Invitation
Prime Minister Narendra Modi will visit the United States on February 12-13 at the invitation of President Donald Trump. The two leaders will hold talks at the White House on February 13.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · planned · 2025-02-13'],
    first: { place: 'White House' },
  },
  {
    name: 'two leaders at one summit by video (a meeting, as MEETINGS.md counts summits), speeches, criticism, `called Doval\'s remarks "constructive"` (no call), a joint op-ed; `Austin, who met Rajnath Singh last year, praised … on Monday` (dated within its clause)',
    text: ` date 2024-09-23 Traps 2
Modi and Xi Jinping both addressed the BRICS summit by video on Wednesday.
Biden and Modi spoke at the Quad summit about the Indo-Pacific.
Lloyd Austin, who met Rajnath Singh last year, praised India's role in a speech on Monday.
Rajnath Singh criticised Pakistan, while Lloyd Austin called for restraint.
Jake Sullivan called Ajit Doval's remarks "constructive".
Blinken and Jaishankar wrote a joint op-ed on Tuesday.
`,
    meetings: [
      'Narendra Modi + Xi Jinping · virtual · held · 2024-09-18',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2023 · background',
    ],
  },
  {
    name: '`who is in Islamabad for the SCO … meeting` (an event in a relative clause), `had an informal conversation with` a minister `on Wednesday`; `There was no bilateral meeting`',
    text: ` date 2024-10-17 Islamabad SCO
ISLAMABAD: External Affairs Minister S. Jaishankar, who is in Islamabad for the SCO Council of Heads of Government meeting, had an informal conversation with Pakistan's Foreign Minister Ishaq Dar on Wednesday, sources said. There was no bilateral meeting.
`,
    meetings: ['Ishaq Dar + S. Jaishankar · in-person · held · 2024-10-16'],
    first: { place: 'Islamabad' },
  },
  {
    name: "a DNI's day: a minister, `The two discussed`, then `later met` a general",
    text: ` date 2025-03-18 Gabbard
Director of National Intelligence Tulsi Gabbard met Defence Minister Rajnath Singh on Monday. The two discussed intelligence sharing. Gabbard later met Chief of Defence Staff General Anil Chauhan.
`,
    meetings: [
      'Rajnath Singh + Tulsi Gabbard · in-person · held · 2025-03-17',
      'Anil Chauhan + Tulsi Gabbard · in-person · held · 2025-03-17',
    ],
  },
  {
    name: 'Reuters from Singapore: `held their first face-to-face talks on Friday on the sidelines of the Shangri-La Dialogue`',
    text: ` date 2024-06-01 Shangri-La
SINGAPORE, June 1 (Reuters) - U.S. Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun held their first face-to-face talks on Friday on the sidelines of the Shangri-La Dialogue, a meeting that lasted over an hour.
`,
    meetings: ['Dong Jun + Lloyd Austin · in-person · held · 2024-05-31'],
    first: { place: 'Singapore', occasion: 'Shangri-La Dialogue' },
  },
  // 2026-12-01 (night): first person outside transcripts (quotations, bylines, posts), transcripts' labels, readouts of more countries.
  {
    name: 'DoD joint press conference transcript, speaker labels with initials',
    text: ` date 2024-07-30 Remarks
Remarks by Secretary Austin at a Joint Press Availability with Japanese Defense Minister Kihara
July 29, 2024
Tokyo, Japan

SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, good morning. Minister Kihara, thank you for hosting me here in Tokyo. Yesterday, Minister Kihara and I, together with Secretary Blinken and Foreign Minister Kamikawa, held our 2+2. And this morning, I sat down with Minister Kihara for a bilateral meeting.

MINISTER KIHARA: (As translated.) Thank you, Secretary Austin. Today I held a meeting with Secretary Austin and we confirmed the importance of our alliance.
`,
    // (The remarks' own date line, `July 29, 2024`, is the day they were spoken: their `this morning` and `Yesterday`.)
    meetings: [
      'Kihara + Lloyd Austin · in-person · held · 2024-07-29',
      'Antony Blinken + Kamikawa + Kihara + Lloyd Austin · dialogue · held · 2024-07-28',
    ],
  },
  {
    name: 'State briefing: `the Secretary met` with no one else to say which',
    text: ` date 2025-03-05 Department Press Briefing
Department Press Briefing – March 4, 2025
Tammy Bruce, Department Spokesperson
Washington, D.C.

MS BRUCE: Good afternoon. This morning the Secretary met with Indian External Affairs Minister Subrahmanyam Jaishankar here at the Department. They discussed the Quad and trade.

QUESTION: Will the Secretary travel to New Delhi?

MS BRUCE: I have nothing to announce on travel today.
`,
    meetings: [],
  },
  {
    name: 'an interview: `Question:` and `EAM:` labels, `you met`, `I met`',
    text: ` date 2024-08-22 Interview
Interview of External Affairs Minister Dr. S. Jaishankar with CNBC
August 21, 2024

Question: Minister, you met Secretary Blinken in Tokyo last month. How did that go?

EAM: We had a very good conversation. We reviewed the Quad agenda and I think there is a lot of convergence between us.

Question: And the Chinese side?

EAM: I met Wang Yi in Vientiane as well, on the 25th. We talked about the border.
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · no date', 'S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
  },
  {
    name: 'a post copied from X: the author on the lines above, `Had an excellent meeting with my friend`',
    text: ` date 2024-10-10 Rajnath Singh on X
Rajnath Singh
@rajnathsingh
Had an excellent meeting with my friend Richard Marles, Deputy Prime Minister of Australia, in New Delhi today. We reviewed the progress of our Comprehensive Strategic Partnership.
9:41 PM · Oct 9, 2024
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-10-10'],
  },
  {
    name: 'a quote in first person, attributed after it',
    text: ` date 2025-02-14 Singh, Hegseth talk defence ties
NEW DELHI: India and the United States will sign a new ten-year defence framework this year.
"I had a very good conversation with Secretary Hegseth today. We agreed to finalise the framework," Defence Minister Rajnath Singh said in a post on X.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · held · 2025-02-14'],
  },
  {
    name: '`spoke to` a counterpart (no phone named)',
    text: ` date 2025-02-14 Singh, Hegseth talk
NEW DELHI: Defence Minister Rajnath Singh on Thursday spoke to US Defense Secretary Pete Hegseth, the ministry said. Singh also spoke to reporters after the conversation.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-02-13'],
  },
  {
    name: 'a quote introduced with a colon: `Marles wrote on X: "Great to meet my friend …"`',
    text: ` date 2025-02-14 Marles in Delhi
Australia's Deputy Prime Minister Richard Marles wrote on X: "Great to meet my friend Rajnath Singh in New Delhi today. Our defence partnership has never been stronger."
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2025-02-14'],
  },
  {
    name: "a minister's op-ed in first person, the byline above",
    text: ` date 2024-09-02 Op-ed
By Rajnath Singh
The writer is India's Minister of Defence.

Last month, I travelled to Washington, where I met Secretary of Defense Lloyd Austin at the Pentagon. We signed the Security of Supply Arrangement. The partnership we have built over the last decade is now the bedrock of stability in the Indo-Pacific.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08'],
  },
  {
    name: 'a joint statement in the first person plural: no one met',
    text: ` date 2024-11-21 Joint statement
We, the defence ministers of India and Australia, reaffirm our commitment to a free and open Indo-Pacific. We welcome the progress made since the last Defence Ministers' Dialogue.
`,
    meetings: [],
  },
  {
    name: 'a readout in first person by the spokesperson: `I met` is the spokesperson, not the minister',
    text: ` date 2025-01-16 Briefing
Official Spokesperson, Shri Randhir Jaiswal: Good afternoon. EAM met Secretary of State Marco Rubio in Washington on Tuesday. I will take questions now.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-14'],
  },
  {
    name: 'a TV interview transcript in title case labels with full names',
    text: ` date 2024-11-25 Transcript
Anchor: Mr Marles, you were in Vientiane last week. Did you meet your Chinese counterpart?
Richard Marles: I did. I met Admiral Dong Jun on Wednesday, and we had a frank exchange.
Anchor: And the Indians?
Richard Marles: I also sat down with Rajnath Singh. We talked about maritime security.
`,
    meetings: [
      'Dong Jun + Richard Marles · in-person · held · 2024-11-20',
      'Rajnath Singh + Richard Marles · in-person · held · 2024-11-20',
    ],
  },
  {
    name: 'a press release of Japan in the first person plural of a ministry: no person',
    text: ` date 2024-12-02 MOD Japan
We held the Japan-India Defence Policy Dialogue in Tokyo on November 29. Both sides exchanged views on regional security.
`,
    meetings: [],
  },
  {
    name: 'quoted speech with `she said` after it, and `she met` before',
    text: ` date 2025-02-14 Wong visits
Foreign Minister Penny Wong said she met Indian External Affairs Minister S Jaishankar in Canberra on Wednesday.
"We discussed the Quad and critical minerals," she told reporters. "I also met the Defence Minister, Rajnath Singh, on Thursday."
`,
    meetings: ['Penny Wong + S. Jaishankar · in-person · held · 2025-02-12', 'Penny Wong + Rajnath Singh · in-person · held · 2025-02-13'],
  },
  {
    name: 'a speech that recalls meetings: `When I met President Biden last year`',
    text: ` date 2024-09-23 PM's address
Prime Minister Narendra Modi addressed the Indian community in New York on Sunday. "When I met President Biden at the White House last year, we agreed that our partnership is the defining one of this century," he said.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · no date · background'],
  },
  {
    name: 'trap: an analyst quoted in the first person about meeting a minister years ago',
    text: ` date 2025-02-14 Analysis
Defence Minister Rajnath Singh will travel to Washington next month to meet Secretary Pete Hegseth.
"When I met Singh in 2019, he was focused on the Army's modernisation," said Tanvi Madan, a senior fellow at the Brookings Institution.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · planned · no date'],
  },
  {
    name: 'trap: an unnamed official in the first person',
    text: ` date 2025-02-14 Officials
Rajnath Singh and Pete Hegseth spoke by phone on Thursday. "We had a good meeting with the Americans last month as well," a senior Indian official said.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-02-13'],
  },
  {
    name: "a reporter's byline and a quote of the minister",
    text: ` date 2025-02-14 Reuters
By Krishn Kaushik
NEW DELHI, Feb 14 (Reuters) - India's foreign minister said on Friday he had spoken with U.S. Secretary of State Marco Rubio about tariffs.
"I spoke with Secretary Rubio yesterday and we agreed our teams would meet soon," Subrahmanyam Jaishankar told reporters.
`,
    meetings: ['Marco Rubio + S. Jaishankar · call · held · 2025-02-13'],
  },
  {
    name: 'a Japanese readout in the third person; the minister quoted saying `I`',
    text: ` date 2024-11-18 Japan-India Defense Ministerial Meeting
On November 17, 2024, Minister of Defense NAKATANI Gen held a meeting with Raksha Mantri Rajnath Singh in Vientiane. Minister Nakatani stated, "I welcome the progress of our defence equipment cooperation."
`,
    meetings: ['NAKATANI Gen + Rajnath Singh · in-person · held · 2024-11-17'],
  },
  {
    name: 'a post quoted inside a news report, with the colon form',
    text: ` date 2025-03-18 PTI
New Delhi: US Director of National Intelligence Tulsi Gabbard on Monday met National Security Adviser Ajit Doval. Prime Minister Narendra Modi posted on X: "Delighted to meet DNI Tulsi Gabbard. Discussed India-US ties."
`,
    meetings: [
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-17',
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-03-17',
    ],
  },
  {
    name: 'a speech: `I thank my friend … for hosting me` is no new meeting when the visit is reported',
    text: ` date 2024-08-24 Remarks
Raksha Mantri Shri Rajnath Singh met US Secretary of Defense Lloyd Austin at the Pentagon on August 23, 2024.
Speaking at the meeting, Shri Rajnath Singh said: "I thank my friend Secretary Austin for hosting me."
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: 'a first-person op-ed by a journalist: no byline name in the KB, no meeting invented',
    text: ` date 2024-09-02 Column
By A Staff Writer
I have covered India's defence ministry for two decades. I met many ministers. The latest, Rajnath Singh, is the most cautious.
`,
    meetings: [],
  },
  {
    name: 'a post by the DoD account: `Secretary Hegseth hosted …` in the third person under a handle',
    text: ` date 2025-07-02 Post
Department of Defense
@DeptofDefense
Secretary Hegseth hosted Indian Minister of Defence Rajnath Singh at the Pentagon today. We look forward to deepening our partnership.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · held · 2025-07-02'],
  },
  {
    name: 'a quote that spans paragraphs: the attribution in the first',
    text: ` date 2024-11-21 Interview
Marles told The Australian in an interview: "I met Rajnath Singh this morning in Vientiane. It was a warm meeting.
"We also spoke about submarines."
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-11-21'],
  },
  {
    name: 'quoted `we` of two ministers: `"We met for two hours," Austin and Singh said in a joint statement`',
    text: ` date 2023-06-06 Joint statement
"We met for two hours and reviewed the roadmap," Lloyd Austin and Rajnath Singh said in a joint statement on Monday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'State readout: `The below is attributable to`, `The Secretary and the Foreign Minister discussed`',
    text: ` date 2024-09-30 Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar
Office of the Spokesperson
September 30, 2024

The below is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington, D.C. The Secretary and the Foreign Minister discussed the U.S.-India Comprehensive Global and Strategic Partnership.
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · 2024-09-30'],
  },
  {
    name: 'MEA: `H.E. Mr. Joseph R. Biden, Jr.` and `Prime Minister Shri Narendra Modi`',
    text: ` date 2023-06-23 Prime Minister's meeting with President of the United States of America
Prime Minister Shri Narendra Modi met President of the United States of America, H.E. Mr. Joseph R. Biden, Jr. today at the White House in Washington D.C. The two leaders held restricted and delegation level talks.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2023-06-23'],
  },
  {
    name: 'MOFA Japan: `commencing at 10:00 a.m. for approximately 50 minutes`, family names in capitals, `Dr.`',
    text: ` date 2024-07-29 Japan-India Foreign Ministers' Meeting
On July 29, commencing at 10:00 a.m. for approximately 50 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a Japan-India Foreign Ministers' Meeting with Dr. Subrahmanyam Jaishankar, Minister of External Affairs of the Republic of India, who is visiting Japan to attend the Japan-Australia-India-U.S. Foreign Ministers' Meeting. The overview of the meeting is as follows.
1. Minister Kamikawa welcomed Minister Jaishankar's visit to Japan.
`,
    meetings: ['KAMIKAWA Yoko + S. Jaishankar · in-person · held · 2024-07-29'],
  },
  {
    name: 'Chinese MFA: `On the afternoon of July 25`, `met with`',
    text: ` date 2024-07-26 Wang Yi Meets with Indian External Affairs Minister Subrahmanyam Jaishankar
On the afternoon of July 25, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Indian External Affairs Minister Subrahmanyam Jaishankar in Vientiane.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
  },
  {
    name: 'White House readout of a call: `President Biden spoke today with Prime Minister Narendra Modi of India`',
    text: ` date 2024-08-26 Readout of President Joe Biden's Call with Prime Minister Narendra Modi of India
President Biden spoke today with Prime Minister Narendra Modi of India. The President commended Prime Minister Modi for his historic visit to Poland and Ukraine.
`,
    meetings: ['Joe Biden + Narendra Modi · call · held · 2024-08-26'],
  },
  {
    name: 'Australian DPM release: `today met with his Indian counterpart, the Hon Rajnath Singh`',
    text: ` date 2023-06-22 Media release
The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, today met with his Indian counterpart, the Hon Rajnath Singh, in New Delhi. Minister Marles and Minister Singh discussed ways to deepen defence cooperation.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2023-06-22'],
  },
  {
    name: 'French ministry (translated): `spoke by telephone with his Indian counterpart Rajnath Singh on 12 June`',
    text: ` date 2024-06-14 Ministry for the Armed Forces
The Minister for the Armed Forces, Sébastien Lecornu, spoke by telephone with his Indian counterpart Rajnath Singh on 12 June. The two ministers agreed to meet in Paris in the autumn.
`,
    meetings: [
      'Rajnath Singh + Sébastien Lecornu · call · held · 2024-06-12',
      'Rajnath Singh + Sébastien Lecornu · in-person · planned · no date',
    ],
  },
  {
    name: 'PIB in Hindi-English: `Raksha Mantri Shri Rajnath Singh held a telephonic conversation with`',
    text: ` date 2024-12-11 PIB
Raksha Mantri Shri Rajnath Singh held a telephonic conversation with the Secretary of Defense of the United States Mr Lloyd J Austin III on December 10, 2024.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · call · held · 2024-12-10'],
  },
  {
    name: 'DoD statement: `Austin hosted … for an honor cordon and bilateral meeting`',
    text: ` date 2024-08-24 Statement
Secretary of Defense Lloyd J. Austin III hosted Indian Defence Minister Rajnath Singh at the Pentagon for an honor cordon and bilateral meeting on Friday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: 'a Korean readout: `Minister of National Defense Shin Won-sik held talks with`',
    text: ` date 2024-03-21 Yonhap
SEOUL, March 21 (Yonhap) -- Defense Minister Shin Won-sik held talks with his visiting Indian counterpart, Rajnath Singh, in Seoul on Thursday, the defense ministry said.
`,
    meetings: ['Rajnath Singh + Shin Won-sik · in-person · held · 2024-03-21'],
  },
  {
    name: 'a German release: `Federal Minister of Defence Boris Pistorius received … in Berlin`',
    text: ` date 2024-06-06 BMVg
Federal Minister of Defence Boris Pistorius received Indian Defence Secretary Giridhar Aramane in Berlin on Wednesday for talks on industrial cooperation.
`,
    meetings: ['Boris Pistorius + Giridhar Aramane · in-person · held · 2024-06-05'],
  },
  {
    name: 'an Indian embassy note: `Ambassador Vinay Mohan Kwatra called on Senator Marco Rubio`',
    text: ` date 2024-12-05 Embassy of India
Ambassador Vinay Mohan Kwatra called on Senator Marco Rubio at Capitol Hill on December 4 and discussed the India-US Comprehensive Global Strategic Partnership.
`,
    meetings: ['Marco Rubio + Vinay Mohan Kwatra · in-person · held · 2024-12-04'],
  },
  {
    name: 'a doorstop transcript: `JOURNALIST:` and `MARLES:`, `my counterpart`',
    text: ` date 2024-11-21 Doorstop
DEPUTY PRIME MINISTER RICHARD MARLES: Thanks for coming. I've just come out of a meeting with my Indian counterpart, Rajnath Singh, which was really productive.
JOURNALIST: Did you raise China?
MARLES: We talked about the region, of course.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-11-21'],
  },
  {
    name: 'a press conference: the host speaks of `my good friend` and `our meeting today`',
    text: ` date 2023-06-05 Joint press statement
RAJNATH SINGH: I welcome my good friend Secretary Austin to New Delhi. Our meeting today was very productive.
LLOYD AUSTIN: Thank you, Minister. It is great to be back in India.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'a readout spoken by the spokesperson: `Q:` asks about a call; the answer names both',
    text: ` date 2025-01-30 Weekly briefing
Q: Can you tell us about the Prime Minister's call with President Trump?
OFFICIAL SPOKESPERSON: Prime Minister Narendra Modi spoke with President Donald Trump on Monday. They discussed trade and security.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2025-01-27'],
  },
  {
    name: 'a quoted post introduced by `tweeted`: `Held productive talks with @SecDef`',
    text: ` date 2025-07-03 ANI
Defence Minister Rajnath Singh tweeted, "Held productive talks with US Secretary of Defense Pete Hegseth today. Discussed the new framework."
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · held · 2025-07-03'],
  },
  {
    name: 'two quotations of two speakers: each `I` its own',
    text: ` date 2024-11-22 Report
"I met Secretary Austin this morning," Defence Minister Rajnath Singh said. Australia's Richard Marles told reporters: "I will meet Minister Singh in Canberra next month."
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-22',
      'Rajnath Singh + Richard Marles · in-person · planned · no date',
    ],
  },
  {
    name: 'a quote of a journalist\'s question inside a report: `"Did you meet Wang Yi?"`',
    text: ` date 2024-07-27 Report
Asked by reporters, "Did you meet Wang Yi?", External Affairs Minister S. Jaishankar said he had met the Chinese foreign minister on Thursday.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2024-07-25'],
  },
  {
    name: 'a live blog: times as labels, third person',
    text: ` date 2025-02-13 Live updates
10:45 PM IST: PM Modi arrives at the White House.
11:05 PM IST: President Trump receives PM Modi at the West Wing. The two leaders shake hands.
11:20 PM IST: Modi and Trump begin their bilateral meeting in the Oval Office.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · no date'],
  },
  {
    name: 'Dawn (Pakistan): `Ishaq Dar held a meeting with his US counterpart Marco Rubio`',
    text: ` date 2025-07-26 Dawn
WASHINGTON: Deputy Prime Minister and Foreign Minister Ishaq Dar on Friday held a meeting with US Secretary of State Marco Rubio at the State Department, where the two sides discussed trade and counter-terrorism cooperation.
`,
    meetings: ['Ishaq Dar + Marco Rubio · in-person · held · 2025-07-25'],
  },
  {
    name: 'Philippine News Agency: `Teodoro met with Indian Defense Minister Rajnath Singh`',
    text: ` date 2024-11-21 PNA
MANILA – Department of National Defense (DND) Secretary Gilberto Teodoro Jr. met with Indian Defense Minister Rajnath Singh on the sidelines of the ADMM-Plus in Vientiane, Laos on Wednesday.
`,
    meetings: ['Gilberto Teodoro Jr. + Rajnath Singh · in-person · held · 2024-11-20'],
  },
  {
    name: 'Vietnam News: `Minister of National Defence General Phan Van Giang held talks with`',
    text: ` date 2023-06-20 VNA
Hanoi (VNA) – Minister of National Defence General Phan Van Giang held talks with Indian Minister of Defence Rajnath Singh in Hanoi on June 19.
`,
    meetings: ['Phan Van Giang + Rajnath Singh · in-person · held · 2023-06-19'],
  },
  {
    name: 'Sri Lanka: `President Ranil Wickremesinghe met Indian Prime Minister Narendra Modi`, `The President`',
    text: ` date 2023-07-22 PMD
President Ranil Wickremesinghe met Indian Prime Minister Narendra Modi at Hyderabad House in New Delhi yesterday. The President thanked the Prime Minister for India's assistance.
`,
    meetings: ['Narendra Modi + Ranil Wickremesinghe · in-person · held · 2023-07-21'],
  },
  {
    name: 'Bangladesh (BSS): `Chief Adviser Professor Muhammad Yunus met`',
    text: ` date 2025-04-05 BSS
BANGKOK, April 4, 2025 (BSS) - Chief Adviser Professor Muhammad Yunus met Indian Prime Minister Narendra Modi on the sidelines of the BIMSTEC summit here today.
`,
    meetings: ['Muhammad Yunus + Narendra Modi · in-person · held · 2025-04-04'],
  },
  // Written after the rules above and run once: each passed.
  {
    name: 'a quote by an unknown official after a KB minister was named: the official is not the minister',
    text: ` date 2025-02-14 Report
Rajnath Singh is expected in Washington next month. "I met Secretary Hegseth last week and we discussed the visit," said Vikram Kumar, a joint secretary in the defence ministry.
`,
    meetings: ['Pete Hegseth + Vikram Kumar · in-person · held · no date'],
  },
  {
    name: 'a quotation of a minister with `,” he added` after a named lead',
    text: ` date 2024-11-22 Report
Australian Deputy Prime Minister Richard Marles said the region needed dialogue. “I had a long conversation with Admiral Dong Jun on Wednesday,” he added.
`,
    meetings: ['Dong Jun + Richard Marles · in-person · held · 2024-11-20'],
  },
  {
    name: 'an interview where the journalist writes `I asked` and the minister says `I met`',
    text: ` date 2024-08-22 Interview
By Suhasini Haidar
When I asked External Affairs Minister S. Jaishankar about China, he said: "I met Wang Yi in Vientiane last month and we agreed to keep talking."
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · no date'],
  },
  {
    name: 'a byline of a reporter and the first person of a quoted minister before it',
    text: ` date 2024-11-21 Report
By Dinakar Peri
"We met this morning and had a very good discussion," Rajnath Singh said after talks with Richard Marles in Vientiane.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-11-21'],
  },
  {
    name: 'an X post by an embassy in the first person plural: no person is `we`',
    text: ` date 2024-12-05 Post
India in USA
@IndianEmbassyUS
We were delighted to host Secretary of State Antony Blinken at India House today.
`,
    meetings: [],
  },
  {
    name: 'an op-ed by a minister: `my counterpart` then named, `we met in Canberra in November`',
    text: ` date 2024-12-10 Op-ed
By Richard Marles
Deputy Prime Minister and Minister for Defence

When I hosted my Indian counterpart Rajnath Singh in Canberra last month, we agreed to expand our exercises.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · no date'],
  },
  {
    name: 'a column in the first person by a journalist without a byline person: no meeting',
    text: ` date 2024-12-10 Column
I met a retired general last week who told me Rajnath Singh is the most cautious minister he has served.
`,
    meetings: [],
  },
  {
    name: 'a quoted `we` of two named speakers before the quotation',
    text: ` date 2024-11-21 Joint remarks
Rajnath Singh and Richard Marles told reporters in Vientiane: "We had a very productive meeting today."
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-11-21'],
  },
  // 2026-12-01 (night, later): calls, plans, dates counted from another meeting, ranks, possessives.
  {
    name: 'a call received: `received a phone call from`',
    text: ` date 2024-11-07 PIB
Prime Minister Shri Narendra Modi received a phone call from President-elect Donald Trump on Wednesday. The two leaders discussed the partnership.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2024-11-06'],
  },
  {
    name: 'a virtual meeting: `held a virtual meeting with`',
    text: ` date 2022-04-12 MEA
Prime Minister Narendra Modi held a virtual meeting with President Joe Biden on April 11, 2022, ahead of the 2+2 dialogue.
`,
    meetings: ['Joe Biden + Narendra Modi · virtual · held · 2022-04-11'],
  },
  {
    name: 'a video call: `The two ministers spoke over a video call on Tuesday`',
    text: ` date 2021-06-03 Report
Defence Minister Rajnath Singh and US Secretary of Defense Lloyd Austin spoke over a video call on Tuesday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · virtual · held · 2021-06-01'],
  },
  {
    name: 'postponed: `talks … were postponed` are not held',
    text: ` date 2025-03-01 Report
Talks between Rajnath Singh and Pete Hegseth scheduled for Monday were postponed, officials said.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · planned · no date'],
  },
  {
    name: 'cancelled visit: `cancelled his visit to India where he was to meet Modi`',
    text: ` date 2024-04-20 Report
Elon Musk cancelled his visit to India, where he was to meet Prime Minister Narendra Modi.
`,
    meetings: [],
  },
  {
    name: '`is likely to meet` and `will be meeting`',
    text: ` date 2025-02-10 Preview
Prime Minister Narendra Modi is likely to meet President Donald Trump on Thursday. External Affairs Minister S. Jaishankar will be meeting Secretary of State Marco Rubio a day earlier.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · planned · 2025-02-13',
      'Marco Rubio + S. Jaishankar · in-person · planned · 2025-02-12',
    ],
  },
  {
    name: 'a headline `to meet` and a story `will hold talks`',
    text: ` date 2024-08-20 Rajnath to meet Austin in Washington
Defence Minister Rajnath Singh will hold talks with US Defence Secretary Lloyd Austin in Washington on August 23.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · planned · 2024-08-23'],
  },
  {
    name: '`Thursday (Nov 21)` and `late on Wednesday`',
    text: ` date 2024-11-22 Report
Singh met his Chinese counterpart Dong Jun in Vientiane on Wednesday (Nov 20). Rajnath Singh had spoken with Lloyd Austin late on Tuesday.
`,
    meetings: ['Dong Jun + Rajnath Singh · in-person · held · 2024-11-20', 'Lloyd Austin + Rajnath Singh · call · held · 2024-11-19'],
  },
  {
    name: '`last Thursday` and `earlier this week`',
    text: ` date 2024-11-25 Weekly
Rajnath Singh met Lloyd Austin in Vientiane last Thursday. Richard Marles met Rajnath Singh earlier this week.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21',
      'Rajnath Singh + Richard Marles · in-person · held · no date',
    ],
  },
  {
    name: 'His Highness and an Arabic name: `His Highness Sheikh Mohamed bin Zayed Al Nahyan received`',
    text: ` date 2024-09-10 WAM
ABU DHABI, 9th September, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Prime Minister Narendra Modi at Qasr Al Watan today.
`,
    meetings: ['Mohamed bin Zayed Al Nahyan + Narendra Modi · in-person · held · 2024-09-09'],
  },
  {
    name: 'bilateral meetings on the margins, one per counterpart listed',
    text: ` date 2023-09-10 G20
On the margins of the G20 Summit in New Delhi on Saturday, Prime Minister Narendra Modi held bilateral meetings with President Joe Biden, Prime Minister Fumio Kishida and Prime Minister Anthony Albanese.
`,
    meetings: [
      'Joe Biden + Narendra Modi · in-person · held · 2023-09-09',
      'Fumio Kishida + Narendra Modi · in-person · held · 2023-09-09',
      'Anthony Albanese + Narendra Modi · in-person · held · 2023-09-09',
    ],
  },
  {
    name: 'the Quad foreign ministers met in Tokyo: one meeting of the four',
    text: ` date 2024-07-30 Quad
The Quad foreign ministers — Antony Blinken, S. Jaishankar, Penny Wong and Yoko Kamikawa — met in Tokyo on Monday.
`,
    meetings: ['Antony Blinken + Penny Wong + S. Jaishankar + Yoko Kamikawa · in-person · held · 2024-07-29'],
  },
  {
    name: 'the meeting of X with Y as the subject of a sentence (possessive)',
    text: ` date 2024-10-15 Report
Rajnath Singh's meeting with Russian Defence Minister Andrei Belousov in Moscow on Monday focused on spare parts for Su-30 jets.
`,
    meetings: ['Andrei Belousov + Rajnath Singh · in-person · held · 2024-10-14'],
  },
  {
    name: 'military ranks abbreviated: `Gen. Upendra Dwivedi met Adm. Samuel Paparo`',
    text: ` date 2024-12-04 Army
Chief of the Army Staff Gen. Upendra Dwivedi met Adm. Samuel Paparo, Commander of the US Indo-Pacific Command, at South Block on Tuesday.
`,
    meetings: ['Samuel Paparo + Upendra Dwivedi · in-person · held · 2024-12-03'],
  },
  {
    name: '`Mr. Hegseth` and `Mr. Singh` in a second reference, the first with full names',
    text: ` date 2025-07-02 NYT style
Defense Secretary Pete Hegseth met India's defense minister, Rajnath Singh, at the Pentagon on Tuesday. Mr. Hegseth said Mr. Singh had accepted an invitation to return in the fall.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · held · 2025-07-01'],
  },
  {
    name: '`talks between X and Y` as a noun phrase subject, `were held`',
    text: ` date 2024-11-21 Report
Talks between Defence Minister Rajnath Singh and Chinese Defence Minister Admiral Dong Jun were held in Vientiane on Wednesday.
`,
    meetings: ['Dong Jun + Rajnath Singh · in-person · held · 2024-11-20'],
  },
  {
    name: 'an en dash meeting: `the Modi–Trump meeting on Thursday`',
    text: ` date 2025-02-14 Analysis
The Modi–Trump meeting on Thursday produced a target of $500 billion in trade by 2030.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13'],
  },
  {
    name: 'a name with diacritics, a second meeting after a semicolon',
    text: ` date 2024-03-01 Report
French Armed Forces Minister Sébastien Lecornu met Defence Minister Rajnath Singh in New Delhi on Thursday; Lecornu also called on Prime Minister Narendra Modi.
`,
    meetings: [
      'Rajnath Singh + Sébastien Lecornu · in-person · held · 2024-02-29',
      'Narendra Modi + Sébastien Lecornu · in-person · held · 2024-02-29',
    ],
  },
  {
    name: 'a meeting denied by a spokesperson: none',
    text: ` date 2024-10-20 Report
A spokesperson denied reports that Ajit Doval had met Wang Yi in Moscow last week.
`,
    meetings: [],
  },
  {
    name: 'a meeting that `could take place`: planned',
    text: ` date 2025-08-20 Report
A meeting between Prime Minister Narendra Modi and President Donald Trump could take place on the sidelines of the UN General Assembly next month, officials said.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · planned · no date'],
  },
  {
    name: 'a trilateral call: three people, one call',
    text: ` date 2024-06-12 Readout
Secretary of State Antony Blinken held a trilateral call with External Affairs Minister S. Jaishankar and Australian Foreign Minister Penny Wong on Tuesday.
`,
    meetings: ['Antony Blinken + Penny Wong + S. Jaishankar · call · held · 2024-06-11'],
  },
  // Transcripts of more governments (the White House, Hansard, MEA, DoD, a doorstop) and names the KB does not know.
  {
    name: 'White House: `THE PRESIDENT:` and `PRIME MINISTER MODI:` labels, `Q` without a colon',
    text: ` date 2025-02-14 Remarks by President Trump and Prime Minister Modi of India in Joint Press Conference
East Room
6:09 P.M. EST

THE PRESIDENT: Thank you very much. It's a great honor to welcome my good friend Prime Minister Modi to the White House. We just had a great meeting.

PRIME MINISTER MODI: (As interpreted.) Thank you, President Trump. Our talks today were very productive.

Q    Mr. President, did you discuss tariffs?

THE PRESIDENT: We did.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-14'],
  },
  {
    name: 'UK Hansard: `The Secretary of State for Defence (John Healey):`',
    text: ` date 2025-01-20 Hansard
The Secretary of State for Defence (John Healey): Last week I met the Indian Defence Minister, Rajnath Singh, in London, and we agreed a new defence partnership roadmap.
`,
    meetings: ['John Healey + Rajnath Singh · in-person · held · no date'],
  },
  {
    name: "MEA briefing: `Question:` and a spokesperson's answer in the third person",
    text: ` date 2025-01-17 Weekly Media Briefing
Shri Randhir Jaiswal, Official Spokesperson: Good afternoon. EAM was in Washington this week.
Question: Sir, did EAM meet the incoming Secretary of State?
Official Spokesperson, Shri Randhir Jaiswal: Yes, EAM met Senator Marco Rubio on Tuesday. They had a good discussion.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-14'],
  },
  {
    name: 'DoD: `SEC. AUSTIN:` and `MINISTER MARLES:`, `the two of us met`',
    text: ` date 2024-08-07 Transcript
SEC. AUSTIN: Well, good morning. Minister Marles and I met this morning here in Annapolis, along with Secretary Blinken and Minister Wong, for AUSMIN.
MINISTER MARLES: Thanks, Lloyd. It is a pleasure to be here.
`,
    meetings: ['Antony Blinken + Lloyd Austin + Richard Marles + Wong · in-person · held · 2024-08-07'],
  },
  {
    name: 'an Australian doorstop: `JOURNALIST:` asks, `MARLES:` answers `you met`',
    text: ` date 2024-11-21 Doorstop
JOURNALIST: Deputy Prime Minister, you met Admiral Dong Jun yesterday. What did you raise?
RICHARD MARLES: We raised the unsafe intercept of our aircraft.
`,
    meetings: ['Dong Jun + Richard Marles · in-person · held · 2024-11-20'],
  },
  {
    name: 'a foreign minister the KB does not know, named without a title',
    text: ` date 2024-07-09 Report
External Affairs Minister S. Jaishankar met Sergey Lavrov in Moscow on Monday.
`,
    meetings: ['S. Jaishankar + Sergey Lavrov · in-person · held · 2024-07-08'],
  },
  {
    name: 'a possessive country before the name: Egypt’s Abdel Fattah al-Sisi',
    text: ` date 2023-06-26 Report
Prime Minister Narendra Modi held talks with Egypt's Abdel Fattah al-Sisi in Cairo on Sunday.
`,
    meetings: ['Abdel Fattah al-Sisi + Narendra Modi · in-person · held · 2023-06-25'],
  },
  {
    name: 'a Malaysian counterpart named after `counterpart`',
    text: ` date 2024-12-03 Bernama
Defence Minister Datuk Seri Mohamed Khaled Nordin met his Indian counterpart Rajnath Singh in Kuala Lumpur today.
`,
    meetings: ['Mohamed Khaled Nordin + Rajnath Singh · in-person · held · 2024-12-03'],
  },
  {
    name: 'two people the KB does not know, both with titles',
    text: ` date 2024-05-10 Report
Indonesian Defence Minister Prabowo Subianto met Philippine Defense Secretary Gilberto Teodoro in Jakarta on Thursday.
`,
    meetings: ['Gilberto Teodoro + Prabowo Subianto · in-person · held · 2024-05-09'],
  },
  {
    name: 'surnames only after full names with titles',
    text: ` date 2024-10-15 Report
Russian Defence Minister Andrei Belousov received Rajnath Singh in Moscow. Belousov and Singh discussed spare parts on Monday.
`,
    meetings: ['Andrei Belousov + Rajnath Singh · in-person · held · 2024-10-14'],
  },
  {
    name: 'a name with `bin` and a title `Crown Prince`',
    text: ` date 2023-09-12 Report
Prime Minister Narendra Modi held talks with Saudi Crown Prince Mohammed bin Salman at Hyderabad House on Monday.
`,
    meetings: ['Mohammed bin Salman + Narendra Modi · in-person · held · 2023-09-11'],
  },
  {
    name: 'a general with a long name and rank `Gen.`',
    text: ` date 2024-08-15 Report
Army chief Gen. Upendra Dwivedi met Royal Thai Army chief Gen. Pana Claewplodtook in Bangkok on Wednesday.
`,
    meetings: ['Pana Claewplodtook + Upendra Dwivedi · in-person · held · 2024-08-14'],
  },
  {
    name: 'a minister named with `Mr` and full name, no office',
    text: ` date 2024-06-20 Report
Mr Anthony Blinken met Mr Ajit Doval in Washington on Monday.
`,
    meetings: ['Ajit Doval + Antony Blinken · in-person · held · 2024-06-17'],
  },
  // Agency copy of several countries, misspelt names, and an MEA briefing whose Prime Minister is never named among US officials.
  {
    name: 'misspelt names in the meeting sentence are the KB people',
    text: ` date 2024-11-22 Report
Defence Minister Rajnath Sing met US Defence Secretary Llyod Austin in Vientiane on Thursday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  {
    name: 'Xinhua: met with … on the sidelines of the SCO Defense Ministers’ Meeting in Qingdao',
    text: ` date 2025-06-27 Xinhua
QINGDAO, June 26 (Xinhua) -- Chinese Defense Minister Dong Jun met with Indian Defense Minister Rajnath Singh on the sidelines of the SCO Defense Ministers' Meeting here on Thursday.
`,
    meetings: ['Dong Jun + Rajnath Singh · in-person · held · 2025-06-26'],
  },
  {
    name: 'Kyodo: `held talks … in Tokyo on Monday, agreeing to`',
    text: ` date 2024-07-30 Kyodo
TOKYO (Kyodo) -- Japanese Defense Minister Minoru Kihara and his Indian counterpart Rajnath Singh held talks in Tokyo on Monday, agreeing to deepen cooperation in defense equipment.
`,
    meetings: ['Minoru Kihara + Rajnath Singh · in-person · held · 2024-07-29'],
  },
  {
    name: 'TASS: `Russian Defense Minister Andrei Belousov held talks with` in Moscow, a week ago',
    text: ` date 2024-12-11 TASS
MOSCOW, December 10. /TASS/. Russian Defense Minister Andrei Belousov held talks with his Indian counterpart Rajnath Singh in Moscow on Tuesday, the Russian Defense Ministry said.
`,
    meetings: ['Andrei Belousov + Rajnath Singh · in-person · held · 2024-12-10'],
  },
  {
    name: 'Antara (Indonesia): `received a courtesy call from`',
    text: ` date 2025-01-26 Antara
Jakarta (ANTARA) - Indonesian President Prabowo Subianto received a courtesy call from Indian Prime Minister Narendra Modi at the Hyderabad House in New Delhi on Saturday.
`,
    meetings: ['Narendra Modi + Prabowo Subianto · in-person · held · 2025-01-25'],
  },
  {
    name: 'The Straits Times: `Mr Wong, who met Mr Modi on Thursday,`',
    text: ` date 2024-09-06 ST
SINGAPORE – Prime Minister Lawrence Wong and Indian Prime Minister Narendra Modi witnessed the signing of four MOUs on Thursday. Mr Wong, who met Mr Modi at the Istana, said the two countries would upgrade ties.
`,
    meetings: ['Lawrence Wong + Narendra Modi · in-person · held · 2024-09-05'],
  },
  {
    name: 'an MEA special briefing: Prime Minister unnamed in the Foreign Secretary’s account, US people named',
    text: ` date 2025-02-14 Transcript of Special Briefing by Foreign Secretary
Foreign Secretary, Shri Vikram Misri: Good morning friends. Prime Minister had a very productive meeting with President Donald Trump at the White House yesterday. Prime Minister also met Vice President JD Vance and Secretary of State Marco Rubio. Earlier in the day, Prime Minister met the National Security Adviser Mike Waltz.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
      'JD Vance + Narendra Modi · in-person · held · 2025-02-13',
      'Marco Rubio + Narendra Modi · in-person · held · 2025-02-13',
      'Mike Waltz + Narendra Modi · in-person · held · 2025-02-13',
    ],
  },
  {
    name: 'a White House readout where `the President` is the US one among foreign people',
    text: ` date 2024-09-22 Readout of President Biden's Meeting with Prime Minister Modi of India
President Joseph R. Biden, Jr. met today with Prime Minister Narendra Modi of India in Wilmington, Delaware. The President and the Prime Minister discussed the Quad.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2024-09-22'],
  },
  // PIB and MEA shorthand: `RM`, an unnamed Foreign Secretary, `the visiting dignitary`.
  {
    name: 'PIB: `RM` after the first mention, `CNS` unnamed',
    text: ` date 2024-08-24 PIB
Raksha Mantri Shri Rajnath Singh arrived in Washington DC on August 22, 2024. RM held a bilateral meeting with US Secretary of Defense Lloyd Austin at the Pentagon on August 23. RM also interacted with the US National Security Advisor Jake Sullivan.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Jake Sullivan + Rajnath Singh · in-person · held · 2024-08-23',
    ],
  },
  {
    name: 'MEA: `Foreign Secretary called on` unnamed, the KB knows the office holder',
    text: ` date 2025-01-28 MEA
Foreign Secretary is on a visit to Beijing. Foreign Secretary called on Vice Foreign Minister Sun Weidong on 27 January 2025.
`,
    meetings: ['Sun Weidong + Vikram Misri · in-person · held · 2025-01-27'],
  },
  {
    name: 'a joint statement: `President Biden and Prime Minister Modi reaffirmed` — no meeting words but the visit',
    text: ` date 2023-06-23 Joint Statement
President Joseph R. Biden, Jr. welcomed Prime Minister Narendra Modi to the White House on June 22, 2023 for an Official State Visit. The leaders reaffirmed their commitment to a free and open Indo-Pacific.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · 2023-06-22'],
  },
  {
    name: 'PIB with `Shri` and `Smt.`: a second minister `also called on the visiting dignitary`',
    text: ` date 2024-03-15 PIB
Raksha Mantri Shri Rajnath Singh met Australian Deputy Prime Minister Mr Richard Marles in New Delhi today. Smt. Nirmala Sitharaman also called on the visiting dignitary.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · held · 2024-03-15',
      'Nirmala Sitharaman + Richard Marles · in-person · held · 2024-03-15',
    ],
  },
  {
    name: 'MEA: `EAM held talks with … The two Ministers` and `EAM also met`',
    text: ` date 2024-10-01 MEA
EAM Dr. S. Jaishankar held talks with Secretary of State Antony Blinken in Washington DC on 30 September 2024. The two Ministers reviewed the bilateral agenda. EAM also met National Security Advisor Jake Sullivan.
`,
    meetings: [
      'Antony Blinken + S. Jaishankar · in-person · held · 2024-09-30',
      'Jake Sullivan + S. Jaishankar · in-person · held · 2024-09-30',
    ],
  },
  {
    name: 'PIB: `CDS General Anil Chauhan called on` a foreign chief, the chief named with `Gen`',
    text: ` date 2024-09-05 PIB
Chief of Defence Staff General Anil Chauhan called on the Chief of Staff of the Japan Joint Staff, General Yoshida Yoshihide, in Tokyo on September 4, 2024.
`,
    meetings: ['Anil Chauhan + Yoshida Yoshihide · in-person · held · 2024-09-04'],
  },
  // Arrangements in the first person, a speech's author line.
  {
    name: 'a transcript: `I look forward to meeting Minister Singh tomorrow` is planned, for tomorrow',
    text: ` date 2024-08-22 Transcript
SECRETARY AUSTIN: I look forward to meeting Minister Singh tomorrow at the Pentagon.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · planned · 2024-08-23'],
  },
  {
    name: 'a quotation: I am meeting Secretary Rubio this afternoon',
    text: ` date 2025-01-21 Report
"I'm meeting Secretary Rubio this afternoon," External Affairs Minister S. Jaishankar told reporters in Washington.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · planned · 2025-01-21'],
  },
  {
    name: 'a quotation of `we` alone: no one else to meet',
    text: ` date 2024-11-22 Report
"We will meet again in Delhi next year," Lloyd Austin said.
`,
    meetings: [],
  },
  {
    name: 'Deputy Secretary and Defence Secretary: `Hicks met with … Aramane`',
    text: ` date 2024-06-18 DoD
Deputy Secretary of Defense Kathleen Hicks met with Indian Defence Secretary Giridhar Aramane at the Pentagon on Monday.
`,
    meetings: ['Giridhar Aramane + Kathleen Hicks · in-person · held · 2024-06-17'],
  },
  {
    name: 'a speech: `Last week I was in Tokyo where I met my Japanese counterpart`',
    text: ` date 2024-08-05 Speech
Remarks by Deputy Prime Minister Richard Marles
Last week I was in Tokyo, where I met my Japanese counterpart Minoru Kihara and we signed a new agreement.
`,
    meetings: ['Minoru Kihara + Richard Marles · in-person · held · no date'],
  },
  // Precision traps of analyses and editorials: meetings recalled, urged, counted, expected.
  {
    name: 'an analysis recalling a decade of meetings: only the news is held, the rest background',
    text: ` date 2024-11-23 Analysis
When Rajnath Singh met Lloyd Austin in Vientiane on Thursday, it was their tenth meeting. Ash Carter and Manohar Parrikar signed LEMOA in 2016, after Parrikar visited the Pentagon. In 2018, Jim Mattis and Nirmala Sitharaman held the first 2+2 in New Delhi with Mike Pompeo and Sushma Swaraj. Analysts expect Pete Hegseth to meet Singh early next year.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21',
      'Ash Carter + Manohar Parrikar · in-person · held · no date · background',
      'Jim Mattis + Mike Pompeo + Nirmala Sitharaman + Sushma Swaraj · dialogue · held · 2018 · background',
      'Pete Hegseth + Rajnath Singh · in-person · planned · no date',
    ],
  },
  {
    name: 'an editorial: meetings wished for and compared, none reported',
    text: ` date 2025-02-20 Editorial
Mr Modi would do well to meet Mr Xi before the year is out. A meeting with Mr Trump is no substitute for steady diplomacy, as the Houston rally of 2019 showed.
`,
    meetings: [],
  },
  {
    name: 'a profile: `has met every US defence secretary since 2019`',
    text: ` date 2025-03-01 Profile
Rajnath Singh has met every US defence secretary since 2019, from Mark Esper to Pete Hegseth.
`,
    meetings: [],
  },
  {
    name: 'a report with a quote about a past meeting in a different year: background',
    text: ` date 2025-02-14 Report
Modi met Trump at the White House on Thursday. "I remember when we met in Houston in 2019," Modi said.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13'],
  },
  // Days of a visit and days of something else: `the second day of his visit`, `, which opens on Saturday`.
  {
    name: '`on Monday evening local time` and a residence as the place',
    text: ` date 2025-02-18 Report
Prime Minister Narendra Modi received Qatar's Emir Sheikh Tamim bin Hamad Al Thani at 7, Lok Kalyan Marg on Monday evening local time.
`,
    meetings: ['Narendra Modi + Tamim bin Hamad Al Thani · in-person · held · 2025-02-17'],
  },
  {
    name: '`over the weekend`: no day',
    text: ` date 2024-11-25 Report
Rajnath Singh and Lloyd Austin spoke by phone over the weekend.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · call · held · no date'],
  },
  {
    name: '`on the second day of his visit` after a dated arrival',
    text: ` date 2024-08-25 Report
Rajnath Singh arrived in Washington on August 22. On the second day of his visit, he met Lloyd Austin at the Pentagon.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: '`on the eve of` the summit, the summit dated',
    text: ` date 2023-09-09 Report
Modi held talks with Joe Biden at his residence on the eve of the G20 summit, which opens on Saturday.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · no date'],
  },
  {
    name: 'a call `late on Thursday night`',
    text: ` date 2024-11-22 Report
Pete Hegseth spoke with Rajnath Singh late on Thursday night.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2024-11-21'],
  },
  {
    name: 'a visit `from February 12 to 14` with a meeting `on February 13`',
    text: ` date 2025-02-10 Preview
Prime Minister Narendra Modi will visit the United States from February 12 to 14. He will meet President Donald Trump on February 13.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · planned · 2025-02-13'],
  },
  // Scraped pages: menus, captions, related stories, comments, live updates, an embedded post; `Modi to meet Trump today` (a headline's future).
  {
    name: 'scraped page: nav menu, Updated line, photo caption, Also Read',
    text: ` date 2025-02-14 Home | India | World | Business | Sports | Opinion
Modi meets Trump at White House, says ties will scale new heights
Updated: Feb 14, 2025, 08:12 IST
Washington: Prime Minister Narendra Modi held talks with President Donald Trump at the White House on Thursday, the two leaders agreeing to work on a trade deal by the autumn.
Prime Minister Narendra Modi with US President Donald Trump at the White House in Washington on Thursday. (PTI Photo)
ALSO READ | Modi meets Tulsi Gabbard, discusses terrorism
Modi also met US National Security Adviser Mike Waltz earlier in the day.
Follow us on Facebook, X and Instagram.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13',
      'Mike Waltz + Narendra Modi · in-person · held · 2025-02-13',
    ],
  },
  {
    name: 'scraped page: related stories with dates, trending, newsletter',
    text: ` date 2024-08-24 Defence
Rajnath Singh, Lloyd Austin review defence ties at Pentagon
By Our Correspondent | New Delhi | Published on August 24, 2024
Defence Minister Rajnath Singh met US Defense Secretary Lloyd Austin at the Pentagon on Friday and reviewed progress on the jet engine deal.
Related Stories
Jaishankar meets Blinken in Tokyo on July 29
Sitharaman meets Yellen ahead of G20
Trending Now
Subscribe to our newsletter for the latest defence news.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: 'scraped page: a caption alone carries the meeting, with a date in it',
    text: ` date 2023-06-06 Photo
In Pictures
US Secretary of Defense Lloyd Austin and Defence Minister Rajnath Singh during a meeting in New Delhi on Monday, June 5, 2023. (ANI Photo)
The two sides discussed the co-production of jet engines.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2023-06-05'],
  },
  {
    name: 'scraped page: comments below the article mention meetings',
    text: ` date 2024-02-02 News
Jaishankar holds talks with Blinken on phone
External Affairs Minister S. Jaishankar spoke with US Secretary of State Antony Blinken on the phone on Thursday and discussed the situation in the Red Sea.
Comments (3)
Ravi K: Modi should meet Biden soon and sort this out.
Anita: Great work by EAM!
Login to post a comment.
`,
    meetings: ['Antony Blinken + S. Jaishankar · call · held · 2024-02-01'],
  },
  {
    name: 'scraped page: author bio and read more, meeting in the middle',
    text: ` date 2025-03-18 Opinion
Gabbard in Delhi: what the visit means
Director of National Intelligence Tulsi Gabbard met National Security Adviser Ajit Doval in New Delhi on Sunday, her first stop on an Asia tour.
She also called on Defence Minister Rajnath Singh on Monday.
About the author: Priya Sharma covers national security. She has met several defence ministers over her career.
Read more: India, US sign defence framework
`,
    meetings: [
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-16',
      'Rajnath Singh + Tulsi Gabbard · in-person · held · 2025-03-17',
    ],
  },
  {
    name: 'scraped page: live updates with times and a dated heading',
    text: ` date 2025-02-13 Live updates
PM Modi US visit LIVE updates: Modi to meet Trump today
February 13, 2025
10:45 IST: Prime Minister Narendra Modi met Tulsi Gabbard at Blair House.
11:30 IST: Modi is scheduled to meet President Donald Trump later today at the White House.
09:15 IST: Modi arrived in Washington on Wednesday night.
`,
    meetings: [
      'Donald Trump + Narendra Modi · in-person · planned · 2025-02-13',
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-02-13',
    ],
  },
  {
    name: 'scraped page: image alt text and an embedded post',
    text: ` date 2024-10-11 Video
Image: Rajnath Singh and Richard Marles at South Block
Australian Deputy Prime Minister Richard Marles held talks with Defence Minister Rajnath Singh in New Delhi on Thursday.
"Productive discussions with my friend Rajnath Singh today on our defence partnership," Marles posted on X.
Watch: Marles inspects guard of honour
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-10-10'],
  },
  {
    name: 'scraped page: a wire story with a tail of reporting credits and a previous-meeting paragraph',
    text: ` date 2023-11-11 World
NEW DELHI, Nov 10 (Reuters) - U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met their Indian counterparts S. Jaishankar and Rajnath Singh in New Delhi on Friday for the fifth 2+2 dialogue.
The last 2+2 was held in Washington in April 2022.
Reporting by Krishn Kaushik; Editing by Nick Macfie
Our Standards: The Thomson Reuters Trust Principles.
`,
    meetings: ['Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · held · 2023-11-10'],
  },
  {
    name: 'scraped page: cookie banner before the article, tags after',
    text: ` date 2024-07-30 We use cookies to improve your experience. Accept all | Manage
Tokyo: External Affairs Minister S. Jaishankar met Secretary of State Antony Blinken on the sidelines of the Quad foreign ministers' meeting on Monday.
Tags: Jaishankar, Blinken, Quad, Tokyo, India-US
First Published: 30 Jul 2024, 09:02 AM IST
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · 2024-07-29'],
  },
  {
    name: 'scraped page: a timeline box of past meetings after the news',
    text: ` date 2025-07-02 Diplomacy
Jaishankar meets Rubio in Washington ahead of Quad meet
External Affairs Minister S. Jaishankar met Secretary of State Marco Rubio in Washington on Tuesday.
Timeline:
Jan 21, 2025: Jaishankar meets Rubio after the inauguration
Feb 13, 2025: Modi meets Trump at the White House
`,
    meetings: [
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-07-01',
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21 · background',
      'Donald Trump + Narendra Modi · in-person · held · 2025-02-13 · background',
    ],
  },
  // Headlines: `Modi likely to meet Trump`, `will meet Hegseth, Rubio` (one meeting each), `Jaishankar, Rajnath` (a given name above the full name).
  {
    name: 'headline: `Modi-Trump meet` with a hyphen, then the story',
    text: ` date 2025-02-14 News
Modi-Trump meet: Key takeaways on trade, defence and immigration
Prime Minister Narendra Modi and President Donald Trump held talks at the White House on Thursday.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13'],
  },
  {
    name: 'headline: `Rajnath-Hegseth call` and a body in the present tense',
    text: ` date 2025-07-02 News
Rajnath-Hegseth call: India, US agree to sign 10-year defence framework
Defence Minister Rajnath Singh spoke to US Defense Secretary Pete Hegseth over the phone on Tuesday.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-07-01'],
  },
  {
    name: 'headline: `Doval dials Sullivan` alone',
    text: ` date 2024-05-10 Security
Doval dials Sullivan, discusses critical technologies
National Security Adviser Ajit Doval dialled his US counterpart Jake Sullivan on Thursday evening.
`,
    meetings: ['Ajit Doval + Jake Sullivan · call · held · 2024-05-09'],
  },
  {
    name: 'headline: `set to meet` and `likely to meet at G7`',
    text: ` date 2025-06-10 Preview
Modi likely to meet Trump on sidelines of G7 summit in Canada
Prime Minister Narendra Modi is likely to meet US President Donald Trump on the sidelines of the G7 summit in Kananaskis next week, officials said.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · planned · no date'],
  },
  {
    name: 'headline: `to embark on US visit; will meet Hegseth`',
    text: ` date 2025-08-20 Preview
Rajnath Singh to embark on US visit; will meet Hegseth, Rubio
Defence Minister Rajnath Singh will travel to Washington next week, where he is scheduled to hold talks with Defense Secretary Pete Hegseth and meet Secretary of State Marco Rubio.
`,
    meetings: [
      'Pete Hegseth + Rajnath Singh · in-person · planned · no date',
      'Marco Rubio + Rajnath Singh · in-person · planned · no date',
    ],
  },
  {
    name: 'headline: `After Modi-Trump meet, India ...` (analysis of a past meeting)',
    text: ` date 2025-02-20 Analysis
After Modi-Trump meet, India weighs tariff cuts
A week after Prime Minister Narendra Modi met President Donald Trump at the White House, officials in New Delhi are weighing tariff cuts on American goods.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · no date'],
  },
  {
    name: 'headline: `Jaishankar calls on Rubio`',
    text: ` date 2025-01-22 News
Jaishankar calls on Rubio, first meeting of new US Secretary of State
External Affairs Minister S. Jaishankar called on Secretary of State Marco Rubio at the State Department on Tuesday, Rubio's first bilateral meeting since taking office.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21'],
  },
  {
    name: 'headline in the present, body without a day',
    text: ` date 2024-09-22 News
Modi meets Biden in Delaware, thanks him for hosting Quad summit
Prime Minister Narendra Modi held a bilateral meeting with President Joe Biden at his residence in Wilmington, Delaware.
`,
    meetings: ['Joe Biden + Narendra Modi · in-person · held · no date'],
  },
  {
    name: 'headline: `Austin, Rajnath to co-chair` and a body with `will`',
    text: ` date 2023-11-08 Preview
Blinken, Austin to co-chair 2+2 with Jaishankar, Rajnath in Delhi on Friday
US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin will travel to New Delhi for the fifth India-US 2+2 Ministerial Dialogue with External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh on Friday.
`,
    meetings: ['Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · planned · 2023-11-10'],
  },
  {
    name: 'headline: a question (`Will Modi meet Trump?`) and a body that says no meeting is fixed',
    text: ` date 2025-09-01 Analysis
Will Modi meet Trump at the UN General Assembly?
No meeting between Prime Minister Narendra Modi and President Donald Trump has been scheduled, officials said.
`,
    meetings: [],
  },
  {
    name: 'headline: `Hegseth speaks to Singh` in the present with `today`',
    text: ` date 2025-05-03 Live
Hegseth speaks to Rajnath Singh, backs India's right to defend itself
US Defense Secretary Pete Hegseth spoke with Defence Minister Rajnath Singh today and offered strong support.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-05-03'],
  },
  // Days and clauses: `early Friday (IST)` (no dateline), `On the 15th she met`, `the previous evening` (a day before the meeting just told), `, a day after Modi met Musk` (a clause's own subject), `who met Rubio last month, will meet him again` (two meetings), `spoke to Trump`.
  {
    name: 'time zones: `on Thursday (local time)` in an Indian report of Friday',
    text: ` date 2025-02-14 News
Prime Minister Narendra Modi held talks with President Donald Trump at the White House on Thursday (local time).
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13'],
  },
  {
    name: 'time zones: `early Friday (IST)` for a call',
    text: ` date 2025-02-14 News
Modi spoke to Trump over the phone early Friday (IST), hours after landing in Delhi.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2025-02-14'],
  },
  {
    name: 'an ordinal day alone: `on the 14th`',
    text: ` date 2025-03-16 News
Gabbard arrived in New Delhi on March 14. On the 15th she met NSA Ajit Doval, and on the 16th she called on Defence Minister Rajnath Singh. Tulsi Gabbard is the US Director of National Intelligence.
`,
    meetings: [
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-15',
      'Rajnath Singh + Tulsi Gabbard · in-person · held · 2025-03-16',
    ],
  },
  {
    name: '`over the weekend` and `earlier in the day`',
    text: ` date 2024-08-26 News
Defence Minister Rajnath Singh met US Secretary of Defense Lloyd Austin over the weekend. Earlier in the day, Singh had met National Security Adviser Jake Sullivan.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · no date', 'Jake Sullivan + Rajnath Singh · in-person · held · no date'],
  },
  {
    name: 'a date in day-month-year with the ordinal: `on 21st November 2024`',
    text: ` date 2024-11-22 PIB
Raksha Mantri Shri Rajnath Singh held a bilateral meeting with US Secretary of Defense Mr Lloyd J Austin III on 21st November 2024 at Vientiane, Lao PDR.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  {
    name: '`Monday night` in a report of Tuesday, and `the previous evening`',
    text: ` date 2024-06-18 News
National Security Adviser Ajit Doval hosted Jake Sullivan for dinner on Monday night. The two had spoken by phone the previous evening to finalise the agenda.
`,
    meetings: ['Ajit Doval + Jake Sullivan · in-person · held · 2024-06-17', 'Ajit Doval + Jake Sullivan · call · held · 2024-06-16'],
  },
  {
    name: 'a US date format: `on 2/13` and `Feb. 13`',
    text: ` date 2025-02-14 Wire
WASHINGTON (AP) — President Donald Trump met Indian Prime Minister Narendra Modi at the White House on Feb. 13, a day after Modi met Elon Musk.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13', 'Elon Musk + Narendra Modi · in-person · held · 2025-02-12'],
  },
  {
    name: '`last month` for a meeting and `this week` for a plan',
    text: ` date 2025-03-05 News
Jaishankar, who met Rubio in Washington last month, will meet him again in Brussels this week.
`,
    meetings: [
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-02 · background',
      'Marco Rubio + S. Jaishankar · in-person · planned · no date',
    ],
  },
  {
    name: 'a day in a subheading above the story',
    text: ` date 2024-11-22 News
Vientiane, November 21
Defence Minister Rajnath Singh met US Defence Secretary Lloyd Austin here today on the sidelines of the ADMM-Plus.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  // Names of other languages (diacritics, hyphens, a stroke, a dotless i, `bin … Al`), and one whose visit is awaited (`ahead of the visit of Prime Minister Pedro Sánchez`: no participant).
  {
    name: 'French minister with diacritics: `Sébastien Lecornu`',
    text: ` date 2024-11-22 Readout
French Minister for the Armed Forces Sébastien Lecornu met Defence Minister Rajnath Singh in Paris on Thursday to discuss the Rafale Marine deal.
`,
    meetings: ['Rajnath Singh + Sébastien Lecornu · in-person · held · 2024-11-21'],
  },
  {
    name: 'hyphenated French name: `Jean-Noël Barrot` and `S. Jaishankar`',
    text: ` date 2025-06-12 MEA
External Affairs Minister S. Jaishankar held talks with French Foreign Minister Jean-Noël Barrot in Paris on Wednesday.
`,
    meetings: ['Jean-Noël Barrot + S. Jaishankar · in-person · held · 2025-06-11'],
  },
  {
    name: 'Polish name with a stroke: `Radosław Sikorski`',
    text: ` date 2025-01-21 Warsaw
Polish Foreign Minister Radosław Sikorski received External Affairs Minister S. Jaishankar in Warsaw on Monday.
`,
    meetings: ['Radosław Sikorski + S. Jaishankar · in-person · held · 2025-01-20'],
  },
  {
    name: 'Vietnamese name with diacritics and a rank: `General Phan Văn Giang`',
    text: ` date 2024-06-20 VNA
Hanoi (VNA) – General Phan Văn Giang, Minister of National Defence, held talks with Indian Defence Minister Rajnath Singh in Hanoi on June 19.
`,
    meetings: ['Phan Văn Giang + Rajnath Singh · in-person · held · 2024-06-19'],
  },
  {
    name: 'a Korean readout: `Secretary of War Pete Hegseth` and a hyphenated given name',
    text: ` date 2025-11-05 MND
Minister of National Defense Ahn Gyu-back held the 57th Security Consultative Meeting with U.S. Secretary of War Pete Hegseth in Seoul on Nov. 4.
`,
    meetings: ['Ahn Gyu-back + Pete Hegseth · in-person · held · 2025-11-04'],
  },
  {
    name: 'a Spanish name with two surnames: `José Manuel Albares`',
    text: ` date 2024-10-29 EFE
Spanish Foreign Minister José Manuel Albares met Indian External Affairs Minister S. Jaishankar in New Delhi on Monday, ahead of the visit of Prime Minister Pedro Sánchez.
`,
    meetings: ['José Manuel Albares + S. Jaishankar · in-person · held · 2024-10-28'],
  },
  {
    name: 'a German readout with `Bundesminister` and an umlaut',
    text: ` date 2024-06-06 BMVg
Bundesminister Boris Pistorius traf am Mittwoch in Berlin mit dem indischen Verteidigungsminister Rajnath Singh zusammen. Federal Minister Boris Pistorius met Indian Defence Minister Rajnath Singh in Berlin on Wednesday.
`,
    meetings: ['Boris Pistorius + Rajnath Singh · in-person · held · 2024-06-05'],
  },
  {
    name: 'a Turkish name with a dotless i: `Hakan Fidan`, and `Yaşar Güler`',
    text: ` date 2025-05-10 AA
Turkish Foreign Minister Hakan Fidan held a phone call with Pakistan's Deputy Prime Minister Ishaq Dar on Friday. Defence Minister Yaşar Güler separately met Chief of Army Staff Asim Munir in Ankara.
`,
    meetings: ['Hakan Fidan + Ishaq Dar · call · held · 2025-05-09', 'Asim Munir + Yaşar Güler · in-person · held · no date'],
  },
  {
    name: 'an Indonesian single name: `Prabowo` alone after `Prabowo Subianto`',
    text: ` date 2025-01-27 Antara
Indonesian President Prabowo Subianto held talks with Prime Minister Narendra Modi at Hyderabad House on Saturday. Prabowo also met External Affairs Minister S. Jaishankar.
`,
    meetings: [
      'Narendra Modi + Prabowo Subianto · in-person · held · 2025-01-25',
      'Prabowo Subianto + S. Jaishankar · in-person · held · 2025-01-25',
    ],
  },
  {
    name: 'an Arabic name with `bin` and `Al`: `Faisal bin Farhan Al Saud`',
    text: ` date 2024-09-10 SPA
Saudi Foreign Minister Prince Faisal bin Farhan Al Saud met External Affairs Minister Dr. S. Jaishankar in Riyadh on Monday on the sidelines of the India-GCC ministerial meeting.
`,
    meetings: ['Faisal bin Farhan Al Saud + S. Jaishankar · in-person · held · 2024-09-09'],
  },
  // Transcripts and interviews: `A:` is the one the introduction names; `As you know, Prime Minister met …` (a generic `you`; an Indian honorific makes the speaker Indian, so the office India's); a label before `Yes, the Prime Minister met`.
  {
    name: 'an interview with `Q:` and `A:`, the answerer named in the introduction',
    text: ` date 2025-03-10 Interview
External Affairs Minister S. Jaishankar spoke to the newspaper in London. Excerpts:
Q: You met Secretary Rubio last month. How did it go?
A: I met Secretary Rubio in Washington on February 12 and we had a very good conversation on trade.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-02-12'],
  },
  {
    name: 'an interview whose answers are labelled with the surname',
    text: ` date 2024-08-27 Interview
In an interview, Defence Minister Rajnath Singh spoke about his visit to the United States.
Question: What came out of your meeting with Secretary Austin?
Singh: I met Secretary Austin at the Pentagon on Friday. We signed the Security of Supply Arrangement.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: 'a press conference with `SECRETARY RUBIO:` and a reporter',
    text: ` date 2025-07-02 State
SECRETARY RUBIO: Good afternoon. I just had a productive meeting with Foreign Minister Jaishankar of India.
QUESTION: Did you discuss tariffs?
SECRETARY RUBIO: We discussed trade, critical minerals and the Quad.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-07-02'],
  },
  {
    name: 'an MEA briefing: the spokesperson answers about a meeting',
    text: ` date 2025-02-14 MEA
Shri Randhir Jaiswal, Official Spokesperson: Good evening. As you know, Prime Minister met President Trump at the White House yesterday.
Question: Did the Prime Minister also meet Elon Musk?
Shri Randhir Jaiswal, Official Spokesperson: Yes, the Prime Minister met Mr. Musk at Blair House.
`,
    meetings: ['Donald Trump + Narendra Modi · in-person · held · 2025-02-13', 'Elon Musk + Narendra Modi · in-person · held · 2025-02-13'],
  },
  {
    name: 'a podcast transcript with first names as labels',
    text: ` date 2025-05-20 Podcast
Our guest today is Australian Deputy Prime Minister Richard Marles.
HOST: Richard, you were in Delhi last week.
MARLES: I was. I met Rajnath Singh on Wednesday and we agreed to step up exercises.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2025-05-14'],
  },
  {
    name: 'a Hansard extract: `The Hon. Richard Marles (Deputy Prime Minister):`',
    text: ` date 2024-10-10 Hansard
The Hon. Richard Marles (Deputy Prime Minister): Yesterday I met with India's Defence Minister Rajnath Singh in Canberra, and we discussed submarine cooperation.
`,
    meetings: ['Rajnath Singh + Richard Marles · in-person · held · 2024-10-09'],
  },
  {
    name: 'a UN press stakeout: `Mr. Guterres` answering',
    text: ` date 2024-09-25 UN
Secretary-General António Guterres met Prime Minister Narendra Modi in New York on Monday. Asked about the meeting, Mr. Guterres said: "I had a very good discussion with the Prime Minister."
`,
    meetings: ['António Guterres + Narendra Modi · in-person · held · 2024-09-23'],
  },
  // Precision traps: meetings not held, skipped, denied, wished, urged, of officials for their ministers (`Officials of Minister A and Secretary B met`: none), a handshake.
  {
    name: 'a meeting that did not happen: `did not meet`',
    text: ` date 2025-06-18 News
Prime Minister Narendra Modi did not meet President Donald Trump at the G7 summit in Kananaskis, as Trump left early. Modi instead spoke with Trump by phone on Tuesday.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2025-06-17'],
  },
  {
    name: 'a skipped meeting: `skipped`, `avoided`',
    text: ` date 2024-10-12 Analysis
Jaishankar avoided Wang Yi at the summit and skipped a scheduled bilateral with Pakistan's Foreign Minister Ishaq Dar.
`,
    meetings: [],
  },
  {
    name: 'a meeting reported by unnamed sources: `reportedly met` is still reported',
    text: ` date 2024-03-02 Report
National Security Adviser Ajit Doval reportedly met CIA Director William Burns in Delhi on Friday, according to people familiar with the matter.
`,
    meetings: ['Ajit Doval + William Burns · in-person · held · 2024-03-01'],
  },
  {
    name: 'a rumour denied: `no such meeting took place`',
    text: ` date 2024-03-03 Report
The ministry said no meeting between Doval and Burns took place, calling the report baseless.
`,
    meetings: [],
  },
  {
    name: 'a meeting of deputies: `their deputies met`',
    text: ` date 2025-04-10 News
Officials of Defence Minister Rajnath Singh and Secretary Pete Hegseth met in Washington on Wednesday to prepare for the 2+2.
`,
    meetings: [],
  },
  {
    name: 'a hypothetical in an editorial: `Modi should meet Xi`',
    text: ` date 2024-10-20 Editorial
If Prime Minister Narendra Modi meets President Xi Jinping in Kazan, it would be their first formal talks in five years. Modi should seize the chance.
`,
    meetings: [],
  },
  {
    name: 'an `expected` meeting that was later cancelled',
    text: ` date 2025-01-08 News
External Affairs Minister S. Jaishankar was expected to meet Secretary of State Antony Blinken in Washington this week, but the meeting was cancelled.
`,
    meetings: [],
  },
  {
    name: 'a meeting in a list of events a minister attended: `among others`',
    text: ` date 2024-11-22 News
In Vientiane, Defence Minister Rajnath Singh met Lloyd Austin, Richard Marles and Gilberto Teodoro, among others, on Thursday.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21',
      'Rajnath Singh + Richard Marles · in-person · held · 2024-11-21',
      'Gilberto Teodoro + Rajnath Singh · in-person · held · 2024-11-21',
    ],
  },
  {
    name: 'a photo-op handshake is no talks: `shook hands with`',
    text: ` date 2024-11-19 News
Prime Minister Narendra Modi shook hands with President Joe Biden at the G20 family photo in Rio de Janeiro on Monday but the two did not hold talks.
`,
    meetings: [],
  },
  {
    name: 'a meeting told as a wish: `hopes to meet`',
    text: ` date 2025-01-15 News
Defence Minister Rajnath Singh hopes to meet Pete Hegseth soon after he is confirmed as Defense Secretary.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · planned · no date'],
  },
  // Visits and protocol: days told one by one, `His Majesty the Sultan and Prime Minister Modi held talks` (a ruler named by title), `received at the airport by` (protocol, no meeting), a banquet, delegation-level talks.
  {
    name: 'a visit over three days told day by day',
    text: ` date 2024-08-27 Visit
Defence Minister Rajnath Singh returned from a four-day visit to the United States on Monday.
On Friday, he held talks with Secretary of Defense Lloyd Austin at the Pentagon.
On Saturday, he met National Security Adviser Jake Sullivan at the White House.
On Sunday, he addressed the Indian community in Washington.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Jake Sullivan + Rajnath Singh · in-person · held · 2024-08-24',
    ],
  },
  {
    name: 'a joint statement: `the two Prime Ministers` after both named',
    text: ` date 2024-09-08 Joint Statement
India-Brunei Joint Statement
At the invitation of His Majesty Sultan Haji Hassanal Bolkiah, Prime Minister Narendra Modi paid a State Visit to Brunei Darussalam on 3-4 September 2024. His Majesty the Sultan and Prime Minister Modi held talks at Istana Nurul Iman on 4 September 2024.
`,
    meetings: ['Hassanal Bolkiah + Narendra Modi · in-person · held · 2024-09-04'],
  },
  {
    name: 'a `courtesy call` on a President, and talks with a minister the same day',
    text: ` date 2024-12-10 PIB
Raksha Mantri Shri Rajnath Singh paid a courtesy call on President Vladimir Putin at the Kremlin on December 10, 2024. Earlier in the day, he co-chaired the 21st India-Russia Inter-Governmental Commission on Military & Military-Technical Cooperation with Russian Defence Minister Andrei Belousov.
`,
    meetings: [
      'Rajnath Singh + Vladimir Putin · in-person · held · 2024-12-10',
      'Andrei Belousov + Rajnath Singh · in-person · held · 2024-12-10',
    ],
  },
  {
    name: 'a report published days later: `last Wednesday`',
    text: ` date 2025-03-24 Weekly
Jaishankar met his Dutch counterpart Caspar Veldkamp in New Delhi last Wednesday, a meeting that set the tone for the week.
`,
    meetings: ['Caspar Veldkamp + S. Jaishankar · in-person · held · 2025-03-19'],
  },
  {
    name: 'a state banquet: `hosted a banquet in honour of`',
    text: ` date 2025-03-12 Mauritius
Mauritian Prime Minister Navinchandra Ramgoolam hosted a banquet in honour of Prime Minister Narendra Modi in Port Louis on Tuesday evening.
`,
    meetings: ['Narendra Modi + Navinchandra Ramgoolam · in-person · held · 2025-03-11'],
  },
  {
    name: 'an arrival: `received at the airport by` is no talks, talks later',
    text: ` date 2025-01-24 News
Indonesian President Prabowo Subianto arrived in New Delhi on Thursday and was received at the airport by Minister of State Pabitra Margherita. He will hold talks with Prime Minister Narendra Modi on Saturday.
`,
    meetings: ['Narendra Modi + Prabowo Subianto · in-person · planned · 2025-01-25'],
  },
  {
    name: 'a delegation-level talk with a list of ministers on each side',
    text: ` date 2024-07-09 Moscow
Prime Minister Narendra Modi and President Vladimir Putin held delegation-level talks in the Kremlin on Tuesday. External Affairs Minister S. Jaishankar and National Security Adviser Ajit Doval were also present.
`,
    meetings: ['Ajit Doval + Narendra Modi + S. Jaishankar + Vladimir Putin · in-person · held · 2024-07-09'],
  },
  {
    name: 'a call `at the invitation of` and `the two leaders`',
    text: ` date 2025-05-31 Readout
At the invitation of President Ferdinand Marcos Jr., Prime Minister Narendra Modi joined a telephone call with him on Friday. The two leaders discussed the South China Sea.
`,
    meetings: ['Ferdinand Marcos Jr. + Narendra Modi · call · held · 2025-05-30'],
  },
  // Names written otherwise: `J.D. Vance`, `Michael Waltz`, `Tony Blinken`, `Lloyd J. Austin III`, `Ajit Kumar Doval` (a middle name), capitals, Hinglish, `Dr Jaishankar`; `called on … along with` (one meeting).
  {
    name: 'Xinhua: `Subrahmanyam Jaishankar` in full',
    text: ` date 2025-07-15 Xinhua
BEIJING, July 14 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Indian External Affairs Minister Subrahmanyam Jaishankar in Beijing on Monday.
`,
    meetings: ['S. Jaishankar + Wang Yi · in-person · held · 2025-07-14'],
  },
  {
    name: '`J.D. Vance` with dots, `Michael Waltz` for Mike Waltz',
    text: ` date 2025-04-22 News
Vice President J.D. Vance met Prime Minister Narendra Modi in New Delhi on Monday. National Security Adviser Michael Waltz also met Ajit Doval.
`,
    meetings: ['JD Vance + Narendra Modi · in-person · held · 2025-04-21', 'Ajit Doval + Mike Waltz · in-person · held · no date'],
  },
  {
    name: '`Tony Blinken` and `Lloyd J. Austin III`',
    text: ` date 2023-11-11 News
Tony Blinken and Lloyd J. Austin III held the 2+2 dialogue with S Jaishankar and Rajnath Singh in New Delhi on Friday.
`,
    meetings: ['Antony Blinken + Lloyd Austin + Rajnath Singh + S. Jaishankar · dialogue · held · 2023-11-10'],
  },
  {
    name: '`Ajit Kumar Doval` and `Narendra Damodardas Modi`',
    text: ` date 2024-06-18 PIB
Shri Ajit Kumar Doval, National Security Advisor, called on Prime Minister Narendra Damodardas Modi along with Jake Sullivan on Monday.
`,
    meetings: ['Ajit Doval + Jake Sullivan + Narendra Modi · in-person · held · 2024-06-17'],
  },
  {
    name: '`Secretary of War Hegseth` (the 2025 title)',
    text: ` date 2025-10-31 War Department
Secretary of War Pete Hegseth met Defence Minister Rajnath Singh in Kuala Lumpur on Friday and signed a 10-year framework.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · in-person · held · 2025-10-31'],
  },
  {
    name: 'a name in capitals in a headline and in the body',
    text: ` date 2024-11-22 News
RAJNATH SINGH MEETS LLOYD AUSTIN IN VIENTIANE
Defence Minister Rajnath Singh met US Defense Secretary Lloyd Austin in Vientiane on Thursday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  {
    name: 'Hindi-English mix: `Raksha Mantri Shri Rajnath Singh ji`',
    text: ` date 2024-08-24 News
Raksha Mantri Shri Rajnath Singh ji ne America ke Defence Secretary Lloyd Austin se Pentagon mein mulaqat ki. Rajnath Singh met Lloyd Austin at the Pentagon on Friday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: '`Dr Jaishankar` and `Mr Rubio`',
    text: ` date 2025-05-29 News
Dr Jaishankar spoke with Mr Rubio on Wednesday about the ceasefire.
`,
    meetings: ['Marco Rubio + S. Jaishankar · call · held · 2025-05-28'],
  },
  // Reviews and lists: a year-end review's bullets (`• RM held …`, `On August 23, 2024, RM met …`, `RM and … Marles co-chaired`), `Prime Minister's bilateral meetings …:` and a numbered list, a diary (`Engagements of External Affairs Minister on 21 January:` then `- Called on …`), a flattened table (none).
  {
    name: 'a year-end review: bullets, each a dated meeting of RM',
    text: ` date 2024-12-31 PIB
Year End Review 2024: Ministry of Defence
Defence Diplomacy
• RM held bilateral talks with the UK Secretary of State for Defence Grant Shapps in London on January 10, 2024.
• On August 23, 2024, RM met US Secretary of Defense Lloyd Austin at the Pentagon.
• RM and Australian Deputy Prime Minister Richard Marles co-chaired the second Annual Defence Ministers' Dialogue in New Delhi on November 19, 2024.
• In Vientiane, on the sidelines of the ADMM-Plus on November 20, RM met Chinese Defence Minister Dong Jun.
`,
    // (Those of months before publication are background, as a timeline's are.)
    meetings: [
      'Grant Shapps + Rajnath Singh · in-person · held · 2024-01-10 · background',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23 · background',
      'Rajnath Singh + Richard Marles · dialogue · held · 2024-11-19',
      'Dong Jun + Rajnath Singh · in-person · held · 2024-11-20',
    ],
  },
  {
    name: 'a numbered list of bilaterals at a summit',
    text: ` date 2024-06-15 MEA
Prime Minister Shri Narendra Modi attended the Outreach Session of the G7 Summit on 14 June 2024.
Prime Minister's bilateral meetings on the sidelines of the G7 Summit in Apulia, Italy (14 June 2024):
1. Prime Minister Giorgia Meloni of Italy
2. President Emmanuel Macron of France
3. Prime Minister Rishi Sunak of the UK
4. President Volodymyr Zelenskyy of Ukraine
`,
    meetings: [
      'Giorgia Meloni + Narendra Modi · in-person · held · 2024-06-14',
      'Emmanuel Macron + Narendra Modi · in-person · held · 2024-06-14',
      'Narendra Modi + Rishi Sunak · in-person · held · 2024-06-14',
      'Narendra Modi + Volodymyr Zelenskyy · in-person · held · 2024-06-14',
    ],
  },
  {
    name: 'a table flattened by the scraper: `Date | Leader | Place`',
    text: ` date 2025-02-20 Explainer
PM Modi's meetings in Washington
Date | Leader | Place
Feb 12 | Tulsi Gabbard | Blair House
Feb 13 | Donald Trump | White House
`,
    meetings: [],
  },
  {
    name: 'a diary: `Engagements of EAM on 21 January`',
    text: ` date 2025-01-22 MEA
Engagements of External Affairs Minister on 21 January 2025 in Washington DC:
- Called on Secretary of State Marco Rubio at the State Department.
- Met National Security Adviser Mike Waltz.
- Attended the Quad Foreign Ministers' Meeting.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21', 'Mike Waltz + S. Jaishankar · in-person · held · 2025-01-21'],
  },
  // Readouts in other shapes: `X’s Meeting with Y` headlines, `Nakatani Gen`, `The Secretary welcomed the Minister`, a body that meets (`The Defense Policy Group met … The meeting was co-chaired by A and B`: one dialogue, its day), a release signed at its end (`Richard Marles, Deputy Prime Minister` names its `I`).
  {
    name: 'a State readout headline `X’s Meeting with Y`, then the attributable line',
    text: ` date 2025-01-21 State
Secretary Rubio’s Meeting with Indian External Affairs Minister Jaishankar
The following is attributable to Spokesperson Tammy Bruce:
Secretary of State Marco Rubio met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington, D.C.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21'],
  },
  {
    name: 'a DoD readout headline `Readout of … Call with …` only',
    text: ` date 2025-01-28 DoD
Readout of Secretary of Defense Pete Hegseth's Call With Indian Minister of Defence Rajnath Singh
Secretary of Defense Pete Hegseth spoke with Indian Minister of Defence Rajnath Singh on January 27.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-01-27'],
  },
  {
    name: 'a Japanese name in family-first order without capitals: `Nakatani Gen`',
    text: ` date 2024-12-06 MOD Japan
Minister of Defense Nakatani Gen held a video teleconference with Indian Defence Minister Rajnath Singh on December 5.
`,
    meetings: ['Nakatani Gen + Rajnath Singh · virtual · held · 2024-12-05'],
  },
  {
    name: 'both offices after both names: `The Secretary welcomed the Minister`',
    text: ` date 2024-08-24 DoD
Secretary of Defense Lloyd J. Austin III hosted Indian Minister of Defence Rajnath Singh at the Pentagon on August 23. The Secretary welcomed the Minister and thanked him for India's support.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: 'a Deputy Secretary and a Foreign Secretary the KB may not know',
    text: ` date 2025-05-30 State
Deputy Secretary of State Christopher Landau met Indian Foreign Secretary Vikram Misri in Washington on May 29.
`,
    meetings: ['Christopher Landau + Vikram Misri · in-person · held · 2025-05-29'],
  },
  {
    name: 'a joint readout: `the two sides` and no names of the officials in the lead, named later',
    text: ` date 2025-04-12 Joint Readout
Joint Readout of the India-U.S. Defense Policy Group
The India-U.S. Defense Policy Group met in New Delhi on April 11. The meeting was co-chaired by Indian Defence Secretary Rajesh Kumar Singh and U.S. Under Secretary of Defense for Policy Elbridge Colby.
`,
    meetings: ['Elbridge Colby + Rajesh Kumar Singh · dialogue · held · 2025-04-11'],
  },
  {
    name: 'an Australian media release: `Minister Marles` and `Minister Singh`',
    text: ` date 2024-10-10 Minister for Defence
Today I met with India’s Defence Minister, the Hon Rajnath Singh, in Canberra for the second Annual Defence Ministers’ Dialogue.
Richard Marles, Deputy Prime Minister
`,
    meetings: ['Rajnath Singh + Richard Marles · dialogue · held · 2024-10-10'],
  },
  // Calls in Indian English and others: `spoke over phone with`, `exchanged views over phone`, `called up`, `rang up`.
  {
    name: 'Indian English: `spoke over phone with` (no article)',
    text: ` date 2025-05-10 News
Defence Minister Rajnath Singh spoke over phone with US Defense Secretary Pete Hegseth on Friday.
`,
    meetings: ['Pete Hegseth + Rajnath Singh · call · held · 2025-05-09'],
  },
  {
    name: '`exchanged views over phone`',
    text: ` date 2025-05-10 News
NSA Ajit Doval and his US counterpart Mike Waltz exchanged views over phone on Friday.
`,
    meetings: ['Ajit Doval + Mike Waltz · call · held · 2025-05-09'],
  },
  {
    name: '`called up` and `rang up`',
    text: ` date 2025-05-10 News
Secretary of State Marco Rubio called up External Affairs Minister S. Jaishankar on Thursday. Defense Secretary Pete Hegseth rang up Defence Minister Rajnath Singh on Friday.
`,
    meetings: ['Marco Rubio + S. Jaishankar · call · held · 2025-05-08', 'Pete Hegseth + Rajnath Singh · call · held · 2025-05-09'],
  },
  {
    name: '`had a telephonic conversation`, `received a call from`',
    text: ` date 2025-05-10 News
Prime Minister Narendra Modi had a telephonic conversation with President Donald Trump on Friday. Earlier, Jaishankar received a call from Rubio.
`,
    meetings: ['Donald Trump + Narendra Modi · call · held · 2025-05-09', 'Marco Rubio + S. Jaishankar · call · held · no date'],
  },
  // Wire styles of other countries: AFP's lower-case titles, `Pentagon chief`, `top diplomat`, `the Indian PM`, `Indian premier`, a patronymic (all read right on the first run).
  {
    name: 'AFP style: lower-case titles, `Pentagon chief`, `top diplomat`',
    text: ` date 2024-08-24 AFP
Pentagon chief Lloyd Austin met Indian defence minister Rajnath Singh in Washington on Friday, as the two countries deepen military ties.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23'],
  },
  {
    name: "`US top diplomat Blinken` and `India's top diplomat`",
    text: ` date 2023-03-03 AFP
US top diplomat Antony Blinken held talks with his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Thursday.
`,
    meetings: ['Antony Blinken + S. Jaishankar · in-person · held · 2023-03-02'],
  },
  {
    name: 'Global Times style: `the Indian PM` after naming, `Chinese FM`',
    text: ` date 2024-10-24 Global Times
Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Kazan on Wednesday on the sidelines of the BRICS summit. It was the first formal meeting between Xi and the Indian PM in five years.
`,
    meetings: ['Narendra Modi + Xi Jinping · in-person · held · 2024-10-23'],
  },
  {
    name: 'Dawn style: `Indian premier`, a meeting denied in a quote',
    text: ` date 2025-05-15 Dawn
Foreign Office spokesperson Shafqat Ali Khan said no meeting between Prime Minister Shehbaz Sharif and Indian premier Narendra Modi was planned.
`,
    meetings: [],
  },
  {
    name: 'a Russian agency: `held talks` with the patronymic name',
    text: ` date 2024-07-10 TASS
Russian President Vladimir Vladimirovich Putin and Indian Prime Minister Narendra Modi held talks in the Kremlin on Tuesday, Kremlin spokesman Dmitry Peskov said.
`,
    meetings: ['Narendra Modi + Vladimir Vladimirovich Putin · in-person · held · 2024-07-09'],
  },
  // Itineraries told in pronouns and across paragraphs: `He also held talks`, `She later called on`, `the visiting minister` with no meeting told before (the last person named of another country), `the four ministers`.
  {
    name: 'an itinerary in pronouns: met, also held talks, later called on, will meet',
    text: ` date 2025-05-28 News
External Affairs Minister S. Jaishankar, who is on a six-day visit to the US, met Secretary of State Marco Rubio on Tuesday. He also held talks with National Security Adviser Mike Waltz. Later, he called on Vice President JD Vance at the White House. On Thursday, he will meet Defense Secretary Pete Hegseth.
`,
    meetings: [
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-05-27',
      'Mike Waltz + S. Jaishankar · in-person · held · 2025-05-27',
      'JD Vance + S. Jaishankar · in-person · held · 2025-05-27',
      'Pete Hegseth + S. Jaishankar · in-person · planned · 2025-05-29',
    ],
  },
  {
    name: 'two visitors, each followed: `she` then `he`',
    text: ` date 2025-03-18 News
US Director of National Intelligence Tulsi Gabbard met National Security Adviser Ajit Doval on Sunday. She later called on Prime Minister Narendra Modi. Separately, Australian Foreign Minister Penny Wong met External Affairs Minister S. Jaishankar on Monday; he thanked her for Australia's support.
`,
    meetings: [
      'Ajit Doval + Tulsi Gabbard · in-person · held · 2025-03-16',
      'Narendra Modi + Tulsi Gabbard · in-person · held · 2025-03-16',
      'Penny Wong + S. Jaishankar · in-person · held · 2025-03-17',
    ],
  },
  {
    name: 'a visit with a host and guests across paragraphs: `the visiting minister`',
    text: ` date 2024-10-11 News
Australian Deputy Prime Minister Richard Marles arrived in New Delhi on Wednesday.

Defence Minister Rajnath Singh held talks with the visiting minister on Thursday at South Block.

Marles also met National Security Adviser Ajit Doval.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · held · 2024-10-10',
      'Ajit Doval + Richard Marles · in-person · held · 2024-10-10',
    ],
  },
  {
    name: 'a meeting of three told as `the trio`',
    text: ` date 2024-07-30 News
Foreign ministers S. Jaishankar, Antony Blinken and Penny Wong met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday for the Quad. The four ministers later issued a joint statement.
`,
    meetings: ['Antony Blinken + Penny Wong + S. Jaishankar + Yoko Kamikawa · in-person · held · 2024-07-29'],
  },
  // A quotation's `today`/`yesterday` counted from the day the sentence says it was said (`posted on X on Thursday`, `said on Friday`).
  {
    name: 'a quotation’s `today` said on a day the sentence tells: `posted on X on Thursday`',
    text: ` date 2024-11-23 News
"Productive discussions with my friend Lloyd Austin today," Defence Minister Rajnath Singh posted on X on Thursday.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  {
    name: 'a quotation’s `yesterday` said on a day: `said on Friday`',
    text: ` date 2024-11-23 News
"I met Secretary Austin yesterday in Vientiane," Singh said on Friday, referring to Lloyd Austin. Rajnath Singh is India's Defence Minister.
`,
    meetings: ['Lloyd Austin + Rajnath Singh · in-person · held · 2024-11-21'],
  },
  // Regional and foreign agencies: WAM's `received … today` under a dated dateline, The Tribune's `Hon’ble RM also met`, Deccan Herald's `Washington (Jan 21):`, Yonhap (read right on the first run).
  {
    name: 'WAM: `His Highness Sheikh Abdullah bin Zayed Al Nahyan … received Dr. S. Jaishankar`',
    text: ` date 2024-06-24 WAM
ABU DHABI, 23rd June, 2024 (WAM) -- His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Dr. Subrahmanyam Jaishankar, Minister of External Affairs of the Republic of India, today in Abu Dhabi.
`,
    meetings: ['Abdullah bin Zayed Al Nahyan + S. Jaishankar · in-person · held · 2024-06-23'],
  },
  {
    name: 'The Tribune: `Union Defence Minister`, `Hon’ble`',
    text: ` date 2024-08-24 Tribune
Union Defence Minister Rajnath Singh on Friday held talks with US Defence Secretary Lloyd Austin at the Pentagon. Hon’ble RM also met National Security Adviser Jake Sullivan.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-08-23',
      'Jake Sullivan + Rajnath Singh · in-person · held · 2024-08-23',
    ],
  },
  {
    name: 'Deccan Herald: the day in brackets after the place',
    text: ` date 2025-01-22 DH
Washington (Jan 21): External Affairs Minister S Jaishankar met the new US Secretary of State Marco Rubio here.
`,
    meetings: ['Marco Rubio + S. Jaishankar · in-person · held · 2025-01-21'],
  },
  {
    name: 'Yonhap: `Defense Minister Kim Yong-hyun` and `Indian counterpart` named after',
    text: ` date 2024-09-12 Yonhap
SEOUL, Sept. 12 (Yonhap) -- Defense Minister Kim Yong-hyun held talks with his Indian counterpart, Rajnath Singh, in Seoul on Thursday.
`,
    meetings: ['Kim Yong-hyun + Rajnath Singh · in-person · held · 2024-09-12'],
  },
  // Previews: `is set to receive`, `is to be hosted by` (a passive infinitive is to come), `the meeting … is on Saturday`.
  {
    name: 'previews: `is set to receive`, `is to be hosted by`, `the meeting … is on Friday`',
    text: ` date 2025-02-10 Preview
Defence Minister Rajnath Singh is set to receive Australian Deputy Prime Minister Richard Marles on Wednesday. On Friday, Singh is to be hosted by US Defense Secretary Pete Hegseth in Washington. Rajnath Singh's meeting with Secretary of State Marco Rubio is on Saturday.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · planned · 2025-02-12',
      'Pete Hegseth + Rajnath Singh · in-person · planned · 2025-02-14',
      'Marco Rubio + Rajnath Singh · in-person · planned · 2025-02-15',
    ],
  },
  // 2026-12-02: new styles (a parliamentary answer, a digest with headings of days, a fact-check, an obituary, government releases of Italy and Kenya): each article's meetings written before it was run
  {
    name: 'ag02 weekly digest: `MON 17 NOV | Washington` items and a NEXT WEEK item',
    text: ` date 2025-11-22 Newsletter
THE INDO-PACIFIC DEFENCE DIGEST | Week 47
Your Saturday round-up of who met whom, and what is coming.

MON 17 NOV | Washington
Foreign Secretary Vikram Misri and US Under Secretary of State for Political Affairs Allison Hooker co-chaired the India-US Foreign Office Consultations at the State Department. The two sides reviewed trade talks and the Quad calendar.

TUE 18 NOV | By phone
Australia's Deputy Prime Minister Richard Marles spoke by phone with Defence Minister Rajnath Singh about the AUSTRAHIND exercise and submarine rescue cooperation.

THU 20 NOV | Tokyo
Japan's Defence Minister Shinjiro Koizumi received the commander of US Indo-Pacific Command, Adm. Samuel Paparo, at the Ministry of Defense in Ichigaya. Koizumi asked for closer coordination on long-range strike.

NEXT WEEK
National Security Adviser Ajit Doval is expected to travel to Moscow, where he will meet Russian Security Council Secretary Sergei Shoigu on Wednesday.

You are receiving this email because you subscribed at indopacdigest.com. Unsubscribe.
`,
    meetings: [
      'Allison Hooker + Vikram Misri · dialogue · held · 2025-11-17',
      'Rajnath Singh + Richard Marles · call · held · 2025-11-18',
      'Samuel Paparo + Shinjiro Koizumi · in-person · held · 2025-11-20',
      'Ajit Doval + Sergei Shoigu · in-person · planned · 2025-11-26',
    ],
  },
  {
    name: 'ag08 fact-check: claimed Doval–Munir meeting false; a real meeting on Tuesday',
    text: ` date 2025-08-20 Fact Check
Fact Check: Viral claim that Ajit Doval secretly met Pakistan Army chief Asim Munir in Washington is false

A post circulating on X and WhatsApp claims that National Security Adviser Ajit Doval secretly met Pakistan's Field Marshal Asim Munir at the White House on August 14, with US President Donald Trump mediating between them. The post has been shared more than 20,000 times.
Our investigation found the claim to be false. The photograph used in the post is from Munir's visit to US Central Command in Tampa in June, where he met Gen Michael Kurilla; Doval does not appear in it. Munir had lunch with Trump at the White House on June 18, but no Indian official was present.
The Ministry of External Affairs also told us that no such meeting took place and that Doval was in New Delhi throughout that week.
Doval's only recent engagement with a foreign counterpart was on Tuesday, when he held the 24th round of the Special Representatives talks on the boundary question with Chinese Foreign Minister Wang Yi in New Delhi.
Verdict: False.
`,
    meetings: [
      'Asim Munir + Michael Kurilla · in-person · held · 2025-06 · background',
      'Ajit Doval + Asim Munir · in-person · held · 2025-06 · background',
      'Ajit Doval + Wang Yi · dialogue · held · 2025-08-19',
    ],
  },
  {
    name: 'ag10 obituary of Abe: meetings with Modi recalled by year, one new call on Friday night',
    text: ` date 2022-07-09 Obituary
Shinzo Abe (1954-2022): The Japanese leader who made India a friend

Shinzo Abe, Japan's longest-serving Prime Minister, who was shot while campaigning in Nara on Friday morning, died in hospital later that day. He was 67.
Few foreign leaders were as close to India. In September 2014, Abe hosted Narendra Modi in Kyoto, where the two leaders toured the Toji temple before holding summit talks in Tokyo. In December 2015 Abe travelled to Varanasi with Modi for the Ganga aarti, and in September 2017 the two leaders held a roadshow in Ahmedabad and laid the foundation stone of the bullet train. Their last meeting was in Tokyo in May this year, when Modi called on Abe on the margins of the Quad summit.
Modi announced a day of national mourning on Saturday. On Friday night, Modi spoke by phone with Prime Minister Fumio Kishida to convey the condolences of the people of India, the Ministry of External Affairs said.
`,
    meetings: [
      'Narendra Modi + Shinzo Abe · in-person · held · 2014-09 · background',
      'Fumio Kishida + Narendra Modi · call · held · 2022-07-08',
    ],
  },
  {
    name: 'ag12 Italian Ministry of Defence release: `Rome, 26 March 2025.`, `met today at Palazzo Baracchini the Minister …`, `Yesterday evening … was received at Palazzo Chigi by`',
    text: ` date 2025-03-27 Ministero della Difesa
Rome, 26 March 2025. The Minister of Defence, Guido Crosetto, met today at Palazzo Baracchini the Minister of Defence of the Republic of India, Rajnath Singh, on an official visit to Italy.
During the cordial meeting, the two Ministers discussed the strengthening of bilateral cooperation in the defence sector, with particular attention to industrial collaboration, the Indo-Mediterranean corridor and maritime security in the Red Sea.
At the end of the meeting, Minister Crosetto and Minister Singh signed a Memorandum of Understanding on military cooperation.
"India is a strategic partner for Italy," declared Minister Crosetto.
Yesterday evening, Minister Singh was received at Palazzo Chigi by the President of the Council of Ministers, Giorgia Meloni.
`,
    meetings: [
      'Guido Crosetto + Rajnath Singh · in-person · held · 2025-03-26',
      'Giorgia Meloni + Rajnath Singh · in-person · held · 2025-03-25',
    ],
  },
  {
    name: 'ag14 Kenyan news: `last Tuesday`, `On Wednesday`, `She is expected to call on … on Monday`',
    text: ` date 2025-06-14 The Standard
Kenya, India agree to deepen defence ties as Tuya meets Rajnath

Defence Cabinet Secretary Soipan Tuya held talks with her Indian counterpart Rajnath Singh in New Delhi last Tuesday, the Ministry of Defence said in a statement on Thursday.
The two ministers signed a memorandum on defence industry cooperation and agreed to expand training slots for Kenyan officers at Indian military institutions.
On Wednesday, Chief of Defence Forces Gen Charles Kahariri, who was part of the delegation, separately met Indian Army chief Gen Upendra Dwivedi at South Block.
Tuya returned to Nairobi on Friday. She is expected to call on President William Ruto on Monday to brief him on the outcome of the trip.
`,
    meetings: [
      'Rajnath Singh + Soipan Tuya · in-person · held · 2025-06-10',
      'Charles Kahariri + Upendra Dwivedi · in-person · held · 2025-06-11',
      'Soipan Tuya + William Ruto · in-person · planned · 2025-06-16',
    ],
  },
  // 2026-12-02: dates and places (time zones, `hours after`, venues, bases and ships, a year crossing, `On day two`)
  {
    name: 'ah01 just after midnight IST: `late Tuesday in Washington`, `earlier the same day`, planned `on Wednesday`',
    text: ` date 2025-07-02 Updated 00:41 IST
NEW DELHI (Reuters) - External Affairs Minister S. Jaishankar held talks with U.S. Defense Secretary Pete Hegseth at the Pentagon late Tuesday in Washington, India's foreign ministry said early on Wednesday, as the two countries try to settle a new ten-year framework for defence cooperation.
The two discussed defence sales, co-production and the Quad's maritime initiatives, the ministry said in a statement issued shortly after midnight in New Delhi.
Earlier the same day, Jaishankar held bilateral talks with Secretary of State Marco Rubio at the State Department, hours after Rubio hosted a meeting of Quad foreign ministers.
Jaishankar is scheduled to meet Director of National Intelligence Tulsi Gabbard in Washington on Wednesday before flying to New York, where he will open an exhibition on terrorism at the United Nations.
India and the United States have been negotiating a trade deal ahead of a July 9 deadline set by President Donald Trump.
`,
    meetings: [
      'Pete Hegseth + S. Jaishankar · in-person · held · 2025-07-01',
      'Marco Rubio + S. Jaishankar · in-person · held · 2025-07-01',
      'S. Jaishankar + Tulsi Gabbard · in-person · planned · 2025-07-02',
    ],
  },
  {
    name: "ah05 year crossing: `on December 30` and `on Tuesday, New Year's Eve` in a Jan 2 article; `on January 6` ahead",
    text: ` date 2025-01-02 Defence
WASHINGTON — Defense Secretary Lloyd Austin spoke by phone with India's Defence Minister Rajnath Singh on December 30, in what the Pentagon described as his last call with an Indian counterpart before he leaves office on January 20.
Austin thanked Singh for his partnership over four years; the two had last met in person in Vientiane in November, on the sidelines of the ADMM-Plus.
Austin also spoke with Australian Deputy Prime Minister Richard Marles on Tuesday, New Year's Eve, to review progress on AUKUS, a Pentagon readout said.
National Security Adviser Jake Sullivan, meanwhile, will travel to New Delhi next week and is scheduled to hold talks with his Indian counterpart Ajit Doval on January 6, the White House said on Wednesday.
`,
    meetings: [
      'Lloyd Austin + Rajnath Singh · call · held · 2024-12-30',
      'Lloyd Austin + Rajnath Singh · in-person · held · 2024-11 · background',
      'Lloyd Austin + Richard Marles · call · held · 2024-12-31',
      'Ajit Doval + Jake Sullivan · in-person · planned · 2025-01-06',
    ],
  },
  {
    name: 'ah09 `Tokyo, Jan 5 (IANS)`, arrived `on Friday`; `On the first day of the visit`, `On day two`; `at the Kantei`',
    text: ` date 2025-01-06 World
Tokyo, Jan 5 (IANS) Defence Minister Rajnath Singh, who arrived here on Friday on a three-day visit to Japan, said on Sunday that India and Japan would step up cooperation in defence equipment and technology.
On the first day of the visit, Singh held talks with his Japanese counterpart, Defence Minister Gen Nakatani, at the Ministry of Defense in Ichigaya, where the two ministers agreed to start work on the co-development of UNICORN mast antennas for Indian Navy ships.
On day two, he called on Prime Minister Shigeru Ishiba at the Kantei, the Prime Minister's office, and conveyed Prime Minister Narendra Modi's greetings.
On Sunday, Singh addressed members of the Indian community in Tokyo before leaving for New Delhi.
`,
    meetings: [
      'Gen Nakatani + Rajnath Singh · in-person · held · 2025-01-03',
      'Rajnath Singh + Shigeru Ishiba · in-person · held · 2025-01-04',
    ],
  },
  {
    name: 'ah10 an air base and a ship: `at RAAF Base Darwin`, `aboard the amphibious assault ship USS Tripoli`, `A day earlier`',
    text: ` date 2025-07-14 Defence
DARWIN, July 13 (AAP) - Australia's Deputy Prime Minister and Defence Minister Richard Marles hosted India's Chief of Defence Staff General Anil Chauhan at RAAF Base Darwin on Sunday, as Indian and Australian aircraft flew together at the start of Exercise Talisman Sabre.
The two discussed maritime domain awareness and reciprocal access for military aircraft, a statement from Marles' office said.
A day earlier, Marles and the commander of US Indo-Pacific Command, Admiral Samuel Paparo, held talks aboard the amphibious assault ship USS Tripoli, anchored in Darwin Harbour.
Chauhan, who is on a four-day visit to Australia, is due to hold talks with the Chief of the Australian Defence Force, Admiral David Johnston, in Canberra on Tuesday.
`,
    meetings: [
      'Anil Chauhan + Richard Marles · in-person · held · 2025-07-13',
      'Richard Marles + Samuel Paparo · in-person · held · 2025-07-12',
      'Anil Chauhan + David Johnston · in-person · planned · 2025-07-15',
    ],
  },
  {
    name: 'ah12 `MANILA (AP) —`, `hours after holding talks with …` in one sentence; planned `on Sunday` after `flies to Tokyo on Saturday`',
    text: ` date 2025-03-29 World
MANILA (AP) — U.S. Defense Secretary Pete Hegseth met President Ferdinand Marcos Jr. at Malacañang Palace on Friday, hours after holding talks with his Philippine counterpart, Defense Secretary Gilberto Teodoro, at Camp Aguinaldo, the military's headquarters in suburban Quezon City.
Hegseth, on his first trip to Asia as Pentagon chief, told Teodoro that the United States would deploy more advanced weapons systems to the Philippines to deter Chinese aggression in the South China Sea.
Hegseth flies to Tokyo on Saturday and is scheduled to hold talks with Japanese Defense Minister Gen Nakatani on Sunday.
`,
    meetings: [
      'Ferdinand Marcos Jr. + Pete Hegseth · in-person · held · 2025-03-28',
      'Gilberto Teodoro + Pete Hegseth · in-person · held · 2025-03-28',
      'Gen Nakatani + Pete Hegseth · in-person · planned · 2025-03-30',
    ],
  },
  // 2026-12-02: agency copy (Kyodo, Xinhua, Antara, Bernama, The Straits Times, ABC, DW, Agência Brasil, The Times of Israel, NHK, The Hindu, ANI, a live blog, a Reuters exclusive)
  {
    name: 'ai02 Xinhua: `met with … in Beijing` with the day in the dateline only, `On the same day, Wang Yi, a member of …, held talks with`, `Both sides agreed`',
    text: ` date 2025-07-14 english.news.cn
BEIJING, July 14 (Xinhua) -- Chinese Vice President Han Zheng met with Indian External Affairs Minister Subrahmanyam Jaishankar in Beijing.
Noting that China and India are both ancient civilizations and major developing countries, Han said the sound and stable development of China-India relations serves the fundamental interests of the two countries and their peoples.
Jaishankar said India is willing to work with China to implement the important common understandings reached by the two leaders in Kazan and to push for the improvement of bilateral relations.
On the same day, Wang Yi, a member of the Political Bureau of the Communist Party of China Central Committee and Chinese foreign minister, held talks with Jaishankar, who is in China to attend the Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO) in Tianjin.
Both sides agreed to properly handle the boundary question, resume direct flights at an early date and facilitate the travel of personnel between the two countries.
Wang said China is ready to work with India to be partners of mutual success rather than rivals.
`,
    meetings: ['Han Zheng + S. Jaishankar · in-person · held · no date', 'S. Jaishankar + Wang Yi · in-person · held · no date'],
  },
  {
    name: 'ai04 Bernama: `KUALA LUMPUR, Oct 31 (Bernama) --`, `today` in a page of Nov 1, `Datuk Seri`, `the visiting secretary`, planned `tomorrow`',
    text: ` date 2025-11-01 BERNAMA
KUALA LUMPUR, Oct 31 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from United States Secretary of War Pete Hegseth at Seri Perdana, Putrajaya.
In a Facebook post, Anwar said they discussed bilateral defence cooperation, regional security and the Comprehensive Strategic Partnership between Malaysia and the United States.
Earlier in the day, Hegseth held a bilateral meeting with Defence Minister Datuk Seri Mohamed Khaled Nordin at Wisma Pertahanan, where both sides exchanged views on maritime security in the South China Sea.
Mohamed Khaled said the visiting secretary also reaffirmed Washington's commitment to ASEAN centrality.
Hegseth is in the country to attend the 12th ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus) tomorrow, and is expected to meet his Chinese counterpart, Admiral Dong Jun, on the sidelines of the meeting.
`,
    meetings: [
      'Anwar Ibrahim + Pete Hegseth · in-person · held · 2025-10-31',
      'Mohamed Khaled Nordin + Pete Hegseth · in-person · held · 2025-10-31',
      'Dong Jun + Pete Hegseth · in-person · planned · 2025-11-01',
    ],
  },
  {
    name: 'ai05 The Straits Times: `NEW DELHI –`, `on Jan 16`, `Mr Tharman` (given name), `called on Mr Tharman on Jan 15`, `accompanied by` two ministers',
    text: ` date 2025-01-16 The Straits Times
Singapore, India to deepen cooperation in semiconductors, green energy as President Tharman visits
NEW DELHI – Singapore and India agreed to step up cooperation in semiconductors, digitalisation and green energy on Jan 16, as President Tharman Shanmugaratnam held talks with Indian Prime Minister Narendra Modi at Hyderabad House.
The two leaders witnessed the exchange of five agreements, including one on a semiconductor ecosystem partnership, and discussed the review of the Asean-India free trade agreement, said Singapore's Ministry of Foreign Affairs.
Earlier in the day, Mr Tharman was accorded a ceremonial welcome at Rashtrapati Bhavan and held talks with Indian President Droupadi Murmu.
External Affairs Minister S. Jaishankar called on Mr Tharman on Jan 15, shortly after he arrived in the Indian capital for a five-day state visit, the first by a Singapore president in seven years.
Mr Tharman will travel to Odisha on Jan 17, where he is scheduled to meet Chief Minister Mohan Charan Majhi and visit a semiconductor facility.
Mr Tharman is accompanied by Minister for Digital Development and Information Josephine Teo and Minister of State for Foreign Affairs Gan Siow Huang.
`,
    meetings: [
      'Narendra Modi + Tharman Shanmugaratnam · in-person · held · 2025-01-16',
      'Droupadi Murmu + Tharman Shanmugaratnam · in-person · held · 2025-01-16',
      'S. Jaishankar + Tharman Shanmugaratnam · in-person · held · 2025-01-15',
      'Mohan Charan Majhi + Tharman Shanmugaratnam · in-person · planned · 2025-01-17',
    ],
  },
  {
    name: 'ai06 ABC News: `has met` (perfect), `The meeting, on Sunday morning local time,`, `On Saturday night, … joined … after the three leaders met`, `is due to meet … later today`, a relative clause `who hosted … last month`',
    text: ` date 2025-11-23 ABC News
Albanese meets Modi at G20 as leaders agree to fast-track defence and critical minerals ties
By political reporter Tom Lowrey in Johannesburg
Prime Minister Anthony Albanese has met Indian Prime Minister Narendra Modi on the sidelines of the G20 leaders' summit in Johannesburg, with the pair agreeing to speed up work on a defence industry roadmap and critical minerals supply chains.
The meeting, on Sunday morning local time, was brief but "warm", according to an Australian official travelling with the Prime Minister.
On Saturday night, Mr Albanese and Mr Modi joined Canadian Prime Minister Mark Carney to launch a new Australia-Canada-India technology and innovation partnership, after the three leaders met at the summit venue.
Mr Albanese is due to meet Chinese Premier Li Qiang later today.
Defence Minister Richard Marles, who hosted his Indian counterpart Rajnath Singh in Canberra last month, said the defence roadmap would be finalised early next year.
`,
    meetings: [
      'Anthony Albanese + Narendra Modi · in-person · held · 2025-11-23',
      'Anthony Albanese + Mark Carney + Narendra Modi · in-person · held · 2025-11-22',
      'Anthony Albanese + Li Qiang · in-person · planned · 2025-11-23',
      'Rajnath Singh + Richard Marles · in-person · held · 2025-10 · background',
    ],
  },
  {
    name: 'ai09 The Times of Israel: joint signing `X and his Indian counterpart Y signed`, `also met with … his office said`, `spoke on Thursday night with`, a June call (background by age)',
    text: ` date 2025-09-09 The Times of Israel
Smotrich, Indian counterpart sign investment treaty in New Delhi
Finance Minister Bezalel Smotrich and his Indian counterpart Nirmala Sitharaman signed a bilateral investment agreement in New Delhi on Monday, the first such accord India has concluded with a member of the OECD.
Smotrich, who is on a three-day visit to India, also met with Commerce and Industry Minister Piyush Goyal, his office said, and discussed the progress of talks on a free trade agreement.
The far-right minister's trip comes as Israel faces growing diplomatic isolation over the war in Gaza, and as Jerusalem seeks to deepen economic ties with Asian powers.
Separately, Foreign Minister Gideon Sa'ar spoke on Thursday night with Indian External Affairs Minister S. Jaishankar, thanking him for India's stance at the United Nations, according to a readout from Sa'ar's office.
In June, Prime Minister Benjamin Netanyahu spoke by phone with Prime Minister Narendra Modi to brief him on Israel's strikes on Iran.
`,
    meetings: [
      'Bezalel Smotrich + Nirmala Sitharaman · in-person · held · 2025-09-08',
      'Bezalel Smotrich + Piyush Goyal · in-person · held · 2025-09-08',
      "Gideon Sa'ar + S. Jaishankar · call · held · 2025-09-04",
      'Benjamin Netanyahu + Narendra Modi · call · held · 2025-06 · background',
    ],
  },
  {
    name: 'ai10 NHK World: family name first (`Ishiba Shigeru`, `Tsutsui Masakazu`), a time line `Aug. 29, 2025 21:45 JST`, `also met with business leaders, including …`, planned `accompany Modi to Sendai`',
    text: ` date 2025-08-30 NHK WORLD-JAPAN News
Japan, India leaders agree on 10 trillion yen private investment target
Aug. 29, 2025 21:45 JST
Japan's Prime Minister Ishiba Shigeru and Indian Prime Minister Narendra Modi have agreed to set a target of 10 trillion yen, or about 68 billion dollars, in private-sector investment in India from Japan over the next 10 years.
The two leaders held talks at the Prime Minister's Office in Tokyo on Friday. They also agreed to revise a joint declaration on security cooperation for the first time in 17 years.
Ishiba said Japan and India would deepen cooperation in economic security, including semiconductors and critical minerals.
Modi, who arrived in Japan on Friday morning, also met with business leaders, including Keidanren Chairman Tsutsui Masakazu, before the summit.
On Saturday, Ishiba is scheduled to accompany Modi to Sendai in Miyagi Prefecture, where the two leaders will visit a semiconductor-related plant.
`,
    meetings: [
      'Ishiba Shigeru + Narendra Modi · in-person · held · 2025-08-29',
      'Narendra Modi + Tsutsui Masakazu · in-person · held · 2025-08-29',
      'Ishiba Shigeru + Narendra Modi · in-person · planned · 2025-08-30',
    ],
  },
  {
    name: "ai11 The Hindu: `on Monday (August 18, 2025) evening`, `Mr. Wang`, Special Representatives' talks planned, `and is scheduled to call on … later in the day`, a July visit recalled with `had visited …, when he met`",
    text: ` date 2025-08-19 The Hindu
India, China agree to work for 'fair, reasonable' boundary solution; Wang Yi meets Jaishankar
Chinese Foreign Minister Wang Yi, who arrived here on a two-day visit, held talks with External Affairs Minister S. Jaishankar at Hyderabad House on Monday (August 18, 2025) evening, his first visit to India since the two countries agreed on a patrolling arrangement along the Line of Actual Control last October.
In his opening remarks, Mr. Jaishankar said the two countries were seeking to move forward from a "difficult period" in ties, and that differences must not become disputes.
Mr. Wang will hold the 24th round of the Special Representatives' talks on the boundary question with National Security Adviser Ajit Doval on Tuesday (August 19, 2025), and is scheduled to call on Prime Minister Narendra Modi later in the day.
Mr. Jaishankar had visited Beijing in July for the SCO Foreign Ministers' meeting, when he met Mr. Wang and called on President Xi Jinping.
Mr. Modi is expected to travel to Tianjin for the SCO summit at the end of the month.
`,
    meetings: [
      'S. Jaishankar + Wang Yi · in-person · held · 2025-08-18',
      'Ajit Doval + Wang Yi · dialogue · planned · 2025-08-19',
      'Narendra Modi + Wang Yi · in-person · planned · 2025-08-19',
      'S. Jaishankar + Wang Yi · in-person · held · 2025-07 · background',
      'S. Jaishankar + Xi Jinping · in-person · held · 2025-07 · background',
    ],
  },
  {
    name: 'ai12 ANI: `Kuala Lumpur [Malaysia], November 1 (ANI):` and a run-on lede with two meetings and no day, `The Defence Minister also held talks … on Saturday`, `Earlier on Friday, … signed`',
    text: ` date 2025-11-01 ANI News
Kuala Lumpur [Malaysia], November 1 (ANI): Defence Minister Rajnath Singh held a bilateral meeting with his Malaysian counterpart Mohamed Khaled Nordin on the sidelines of the 12th ADMM-Plus in Kuala Lumpur and the two leaders reviewed the ongoing defence cooperation activities and discussed new initiatives to further strengthen the defence ties including in the areas of defence industry, maritime security and training, while Singh also met Japan's Defence Minister Shinjiro Koizumi, with whom he discussed the progress in the co-development of the UNICORN mast and the upcoming JIMEX exercise, the Ministry of Defence said in a statement.
"Had a productive meeting with my friend Mohamed Khaled Nordin in Kuala Lumpur. We reviewed the entire gamut of our defence cooperation," Rajnath Singh posted on X.
The Defence Minister also held talks with Vietnam's Defence Minister General Phan Van Giang on Saturday and the two sides agreed to expedite the implementation of the USD 500 million defence line of credit extended by India, which he said was an important pillar of the comprehensive strategic partnership between the two countries.
Rajnath Singh is scheduled to meet Australian Deputy Prime Minister Richard Marles on Sunday, officials said, and he will return to New Delhi later that evening after concluding his three-day visit to Malaysia.
Earlier on Friday, Rajnath Singh and US Secretary of War Pete Hegseth signed the 10-year framework for the US-India Major Defence Partnership, marking a new chapter in the bilateral defence ties. (ANI)
`,
    meetings: [
      'Mohamed Khaled Nordin + Rajnath Singh · in-person · held · no date',
      'Rajnath Singh + Shinjiro Koizumi · in-person · held · no date',
      'Phan Van Giang + Rajnath Singh · in-person · held · 2025-11-01',
      'Rajnath Singh + Richard Marles · in-person · planned · 2025-11-02',
      'Pete Hegseth + Rajnath Singh · in-person · held · 2025-10-31',
    ],
  },
  {
    name: 'ai14 Reuters exclusive: `is likely to meet … later this month, … sources told Reuters`, a July call (background by age), `last week`, a 2+2 that `could be held`',
    text: ` date 2025-10-08 Reuters
EXCLUSIVE India's Singh, US's Hegseth likely to sign defence pact in Kuala Lumpur this month, sources say
NEW DELHI, Oct 8 (Reuters) - Indian Defence Minister Rajnath Singh is likely to meet U.S. Defense Secretary Pete Hegseth on the sidelines of a regional security meeting in Kuala Lumpur later this month, where the two are expected to sign a 10-year framework for defence cooperation, two Indian government sources told Reuters.
The meeting, which has not been previously reported, would be the first in-person encounter between the two since Hegseth took office in January, and comes as New Delhi and Washington try to repair ties strained by U.S. tariffs on Indian goods.
The two ministers spoke by phone on July 1 and agreed to sign the framework at their next meeting, but the plan stalled after the tariff row, the sources said.
Indian Foreign Secretary Vikram Misri met U.S. Deputy Secretary of State Christopher Landau in Washington last week to prepare the ground, one of the sources said.
A 2+2 ministerial dialogue between Singh and Foreign Minister S. Jaishankar and their U.S. counterparts, Hegseth and Secretary of State Marco Rubio, could be held in Washington early next year, the second source said.
The sources declined to be identified because they were not authorised to speak to the media. India's defence ministry and the Pentagon did not respond to requests for comment.
`,
    meetings: [
      'Pete Hegseth + Rajnath Singh · in-person · planned · no date',
      'Pete Hegseth + Rajnath Singh · call · held · 2025-07-01 · background',
      'Christopher Landau + Vikram Misri · in-person · held · no date',
      'Marco Rubio + Pete Hegseth + Rajnath Singh + S. Jaishankar · dialogue · planned · no date',
    ],
  },
  // 2026-12-02: government documents (MOFA, AUSMIN, the DFA, EEAS, NATO, the Kremlin, the Élysée, Germany, Canada's PMO, Hansard, PIB, a US embassy, the White House, MINDEF)
  {
    name: 'aj08 German Federal Government press release: `Government spokesperson Stefan Kornelius announces:`, `Federal Chancellor Friedrich Merz met … in Ahmedabad today`, `The Federal Minister of Defence, Boris Pistorius, … spoke on the telephone with … on Sunday`',
    text: ` date 2026-01-12 Die Bundesregierung
Federal Chancellor Merz in India
Press release 9/26
Monday, 12 January 2026

Government spokesperson Stefan Kornelius announces:
Federal Chancellor Friedrich Merz met Prime Minister Narendra Modi in Ahmedabad today at the start of his first trip to Asia as Chancellor. After a visit to the Sabarmati Ashram, the two heads of government held talks on the expansion of the strategic partnership, the conclusion of the EU-India free trade agreement and defence industrial cooperation, including the planned construction of submarines for the Indian Navy.
Tomorrow, the Federal Chancellor will travel on to Bengaluru, where he will visit German companies and research institutions.
The Federal Minister of Defence, Boris Pistorius, who is not part of the delegation, spoke on the telephone with the Indian Defence Minister, Rajnath Singh, on Sunday to prepare the next meeting of the High Defence Committee.
`,
    meetings: [
      'Friedrich Merz + Narendra Modi · in-person · held · 2026-01-12',
      'Boris Pistorius + Rajnath Singh · call · held · 2026-01-11',
    ],
  },
  {
    name: 'aj09 Canadian PMO readout: `Ottawa, Ontario` line, `Prime Minister Mark Carney today spoke with the Prime Minister of India, Narendra Modi`, an invitation accepted, `They agreed to meet on the margins of the Summit`',
    text: ` date 2025-06-06 Prime Minister of Canada
Prime Minister Carney speaks with Prime Minister of India Narendra Modi
June 6, 2025
Ottawa, Ontario
Readout

Prime Minister Mark Carney today spoke with the Prime Minister of India, Narendra Modi.
Prime Minister Carney invited Prime Minister Modi to attend the G7 Leaders' Summit in Kananaskis, Alberta, from June 15 to 17. Prime Minister Modi accepted the invitation.
The leaders discussed the deep people-to-people ties between Canada and India, and the importance of continued law enforcement dialogue and discussions to address security concerns. They agreed to meet on the margins of the Summit.
The leaders agreed to stay in close contact.
`,
    meetings: ['Mark Carney + Narendra Modi · call · held · 2025-06-06', 'Mark Carney + Narendra Modi · in-person · planned · no date'],
  },
  {
    name: 'aj12 US Embassy New Delhi: `New Delhi – U.S. Ambassador to India Sergio Gor called on Raksha Mantri Rajnath Singh at South Block on January 19`, `Later that day`, `On Thursday, … will travel to Mumbai, where he will meet`',
    text: ` date 2026-01-20 U.S. Embassy & Consulates in India
Ambassador Gor Calls on Raksha Mantri Rajnath Singh
January 20, 2026
New Delhi – U.S. Ambassador to India Sergio Gor called on Raksha Mantri Rajnath Singh at South Block on January 19, his first meeting with India's Defence Minister since presenting his credentials last week. The Ambassador and the Defence Minister discussed implementation of the Framework for the U.S.-India Major Defense Partnership, co-production of Javelin and Stryker systems, and preparations for the next 2+2 Ministerial Dialogue.
Later that day, Ambassador Gor met Chief of Defence Staff General Anil Chauhan to discuss joint exercises, including Yudh Abhyas and Tiger Triumph.
On Thursday, Ambassador Gor will travel to Mumbai, where he will meet Chief of the Naval Staff Admiral Dinesh K. Tripathi at the headquarters of the Western Naval Command.
"The United States and India are natural defense partners, and our militaries train together more than with almost anyone else," said Ambassador Gor.
`,
    meetings: [
      'Rajnath Singh + Sergio Gor · in-person · held · 2026-01-19',
      'Anil Chauhan + Sergio Gor · in-person · held · 2026-01-19',
      'Dinesh Kumar Tripathi + Sergio Gor · in-person · planned · 2026-01-22',
    ],
  },
  // 2026-12-02: the held-out set (written by a helper who read neither the docs nor the code; first run 0.72 / 0.78), the
  // articles read right after the rules it led to
  {
    name: 'ak02 ANI: `New Delhi [India], January 16 (ANI): External Affairs Minister S Jaishankar on Friday met`, `Later in the day, Gor called on`, `Gor is scheduled to meet … next week`',
    text: ` date 2026-01-16 EAM Jaishankar meets US Ambassador Sergio Gor, discusses trade, defence ties
EAM Jaishankar meets US Ambassador Sergio Gor, discusses trade, defence ties

New Delhi [India], January 16 (ANI): External Affairs Minister S Jaishankar on Friday met US Ambassador to India Sergio Gor and discussed the bilateral trade negotiations, defence cooperation and the Quad.
"Glad to receive Ambassador @SergioGor today. Discussed our Comprehensive Global Strategic Partnership and the way forward on trade and technology," Jaishankar said in a post on X.
Gor, who arrived in New Delhi earlier this week, described the meeting as "excellent" and said the United States considered India one of its most consequential partners.
Later in the day, Gor called on National Security Advisor Ajit Doval. The two discussed counter-terrorism cooperation and the TRUST initiative on critical and emerging technologies, sources said.
Gor is scheduled to meet Defence Minister Rajnath Singh next week, the sources added.
The Ambassador, who also serves as Special Envoy for South and Central Asia, is expected to travel to Dhaka and Colombo in February. (ANI)
`,
    meetings: [
      'S. Jaishankar + Sergio Gor · in-person · held · 2026-01-16',
      'Ajit Doval + Sergio Gor · in-person · held · 2026-01-16',
      'Rajnath Singh + Sergio Gor · in-person · planned · no date',
    ],
  },
  {
    name: 'ak03 Times of India: byline, `NEW DELHI: Navy chief Admiral Dinesh K Tripathi, who is on a five-day visit to the US, held talks with`, `had called on … on December 5`, `the two chiefs`, `is also scheduled to meet … on Thursday`',
    text: ` date 2025-12-10 Navy chief holds talks with US counterpart, pushes for deeper maritime cooperation | India News - Times of India
Navy chief holds talks with US counterpart, pushes for deeper maritime cooperation
Rajat Pandit / TNN / Updated: Dec 10, 2025, 09:12 IST

NEW DELHI: Navy chief Admiral Dinesh K Tripathi, who is on a five-day visit to the US, held talks with US Chief of Naval Operations Admiral Daryl Caudle at the Pentagon on Tuesday, with the focus on anti-submarine warfare, maritime domain awareness and joint operations in the Indian Ocean Region.
The two chiefs also discussed the expansion of the Malabar exercise and the repair of US Navy ships at Indian shipyards, which has emerged as a major plank of the bilateral defence partnership, officials said.
Before arriving in Washington, Adm Tripathi had called on Indo-Pacific Command chief Admiral Samuel Paparo at Camp H M Smith in Hawaii on December 5, where he was briefed on the security situation in the western Pacific.
Adm Tripathi is also scheduled to meet Deputy Secretary of War Steve Feinberg on Thursday before returning home.
The visit comes at a time when India and the US are finalising a roadmap for underwater domain awareness, and the Indian Navy is set to induct 31 MQ-9B Sea Guardian drones from 2029 onwards.
`,
    meetings: [
      'Daryl Caudle + Dinesh Kumar Tripathi · in-person · held · 2025-12-09',
      'Dinesh Kumar Tripathi + Samuel Paparo · in-person · held · 2025-12-05',
      'Dinesh Kumar Tripathi + Steve Feinberg · in-person · planned · 2025-12-11',
    ],
  },
  {
    name: 'ak05 DoD readout: `Chief Pentagon Spokesman Sean Parnell provided the following readout:`, `met with … at the Pentagon today`, `Earlier in the day, General Chauhan met with`, `looks forward to welcoming … for the next U.S.-India 2+2`',
    text: ` date 2026-03-10 Readout of Secretary of War Pete Hegseth's Meeting With Indian Chief of Defence Staff Gen. Anil Chauhan
Readout of Secretary of War Pete Hegseth's Meeting With Indian Chief of Defence Staff Gen. Anil Chauhan
March 10, 2026 | U.S. Department of War

Chief Pentagon Spokesman Sean Parnell provided the following readout:
Secretary of War Pete Hegseth met with India's Chief of Defence Staff Gen. Anil Chauhan at the Pentagon today. The Secretary welcomed General Chauhan and underscored that the U.S.-India Major Defense Partnership is a cornerstone of a free and open Indo-Pacific.
The leaders discussed progress on the Framework for the U.S.-India Major Defense Partnership, including expanded information sharing, joint exercises, and defense industrial cooperation such as the co-production of the Javelin missile system. Secretary Hegseth highlighted the importance of interoperability between the Indian armed forces and U.S. Indo-Pacific Command.
Earlier in the day, General Chauhan met with Chairman of the Joint Chiefs of Staff Gen. Dan Caine to discuss military-to-military cooperation and theater command reforms.
Secretary Hegseth looks forward to welcoming Defence Minister Rajnath Singh to Washington for the next U.S.-India 2+2 Ministerial Dialogue later this year.
`,
    meetings: [
      'Anil Chauhan + Pete Hegseth · in-person · held · 2026-03-10',
      'Anil Chauhan + Dan Caine · in-person · held · 2026-03-10',
      'Pete Hegseth + Rajnath Singh · dialogue · planned · no date',
    ],
  },
  {
    name: "ak08 Australian Minister for Defence media release: `the Hon Richard Marles MP, today hosted India's Minister of Defence, Shri Rajnath Singh, in Canberra for the second Australia-India Defence Ministers' Dialogue`, `on Tuesday evening`, `will call on … on Friday`",
    text: ` date 2026-04-08 Australia-India Defence Ministers' Dialogue | Defence Ministers
Australia-India Defence Ministers' Dialogue
8 April 2026
Joint media release
The Hon Richard Marles MP
Deputy Prime Minister
Minister for Defence

The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, today hosted India's Minister of Defence, Shri Rajnath Singh, in Canberra for the second Australia-India Defence Ministers' Dialogue.
The Ministers welcomed the growing scale and complexity of defence cooperation between Australia and India, including reciprocal access arrangements for air-to-air refuelling, maritime domain awareness and the first deployment of an Indian Navy P-8I to RAAF Base Darwin.
The Ministers agreed to conclude a Joint Research Project arrangement on undersea surveillance and to establish an annual Australia-India defence industry roundtable.
Minister Singh also met the Minister for Defence Industry, the Hon Pat Conroy MP, on Tuesday evening to discuss opportunities for Australian and Indian companies in shipbuilding and maintenance.
Minister Singh will call on the Prime Minister, the Hon Anthony Albanese MP, at Parliament House on Friday.
Quotes attributable to the Deputy Prime Minister:
"India is a top-tier security partner for Australia. Today's dialogue with Minister Singh shows how far our defence relationship has come."
`,
    meetings: [
      'Rajnath Singh + Richard Marles · dialogue · held · 2026-04-08',
      'Pat Conroy + Rajnath Singh · in-person · held · 2026-04-07',
      'Anthony Albanese + Rajnath Singh · in-person · planned · 2026-04-10',
    ],
  },
  {
    name: 'ak09 UK gov.uk news story: `Air Chief Marshal Sir Richard Knighton welcomed General Upendra Dwivedi … on 3 February 2026`, `During his four-day visit, General Dwivedi will also meet the Chief of the General Staff, General Sir Roly Walker`',
    text: ` date 2026-02-04 Chief of the Defence Staff hosts Indian Chief of the Army Staff - GOV.UK
Chief of the Defence Staff hosts Indian Chief of the Army Staff
The UK's Chief of the Defence Staff welcomed his Indian counterpart to London to discuss deepening military cooperation.
From: Ministry of Defence
Published 4 February 2026

Chief of the Defence Staff Air Chief Marshal Sir Richard Knighton welcomed General Upendra Dwivedi, Chief of the Army Staff of the Indian Army, to the Ministry of Defence Main Building on 3 February 2026.
The two officers discussed the implementation of the UK-India Defence Partnership, the forthcoming Exercise Ajeya Warrior and opportunities for joint training and capability development, including in electric propulsion for naval and land systems.
Air Chief Marshal Knighton said:
"India is an indispensable partner for the UK in the Indo-Pacific. General Dwivedi's visit is a clear demonstration of the strength of the friendship between our armed forces."
During his four-day visit, General Dwivedi will also meet the Chief of the General Staff, General Sir Roly Walker, and visit the Royal Military Academy Sandhurst, where he will review the Sovereign's Parade.
`,
    meetings: [
      'Richard Knighton + Upendra Dwivedi · in-person · held · 2026-02-03',
      'Roly Walker + Upendra Dwivedi · in-person · planned · no date',
    ],
  },
  {
    name: 'ak12 Kyodo: `TOKYO - Japanese Foreign Minister Toshimitsu Motegi and his Indian counterpart Subrahmanyam Jaishankar agreed Thursday`, a two-plus-two with four named ministers next month, `is scheduled to pay a courtesy call on … on Friday`',
    text: ` date 2026-03-12 Japan, India agree to boost security ties ahead of "2-plus-2" talks
Japan, India agree to boost security ties ahead of "2-plus-2" talks
KYODO NEWS - Mar 12, 2026 - 21:40 | World, All

TOKYO - Japanese Foreign Minister Toshimitsu Motegi and his Indian counterpart Subrahmanyam Jaishankar agreed Thursday to step up security cooperation, including joint development of defense equipment, amid China's growing maritime assertiveness.
During their talks in Tokyo, Motegi and Jaishankar also confirmed that their countries will work together on economic security, including the supply of critical minerals and semiconductors, a Japanese official said.
The two ministers agreed that Motegi and Defense Minister Shinjiro Koizumi will hold a "two-plus-two" security dialogue with Jaishankar and Indian Defence Minister Rajnath Singh in New Delhi next month.
Jaishankar is scheduled to pay a courtesy call on Prime Minister Sanae Takaichi on Friday.
Japan and India, along with the United States and Australia, make up the Quad grouping of democracies, which is seen as a counterweight to China.
==Kyodo
`,
    meetings: [
      'S. Jaishankar + Toshimitsu Motegi · in-person · held · 2026-03-12',
      'Rajnath Singh + S. Jaishankar + Shinjiro Koizumi + Toshimitsu Motegi · dialogue · planned · no date',
      'S. Jaishankar + Sanae Takaichi · in-person · planned · 2026-03-13',
    ],
  },
  {
    name: 'ak15 summit preview: `will hold bilateral meetings with`, a list of leaders, `talks with South African President Cyril Ramaphosa on Sunday`, `Briefing reporters on Wednesday, Secretary (Economic Relations) Sudhakar Dalela said`, Trump staying away',
    text: ` date 2025-11-20 PM Modi to hold bilaterals with Albanese, Takaichi, Carney at G20 summit in Johannesburg
PM Modi to hold bilaterals with Albanese, Takaichi, Carney at G20 summit in Johannesburg

New Delhi, Nov 20: Prime Minister Narendra Modi will travel to Johannesburg on Friday for the G20 Leaders' Summit, the first to be held on African soil, and is expected to hold bilateral meetings with several world leaders on the sidelines, the Ministry of External Affairs said.
Briefing reporters on Wednesday, Secretary (Economic Relations) Sudhakar Dalela said PM Modi will hold bilateral talks with South African President Cyril Ramaphosa on Sunday, when the two leaders will also review the India-South Africa Strategic Partnership.
On the sidelines of the summit, Modi is scheduled to meet Australian Prime Minister Anthony Albanese, Japan's new Prime Minister Sanae Takaichi and Canadian Prime Minister Mark Carney, officials said. The meeting with Takaichi will be the first between the two leaders since she took office last month.
US President Donald Trump has said he will not attend the summit, and Washington will not be represented at the leaders' level.
The Prime Minister is also expected to attend the IBSA leaders' meeting and address the three sessions of the summit on inclusive growth, climate and critical minerals. He will return to New Delhi on Monday.
`,
    meetings: [
      'Cyril Ramaphosa + Narendra Modi · in-person · planned · 2025-11-23',
      'Anthony Albanese + Narendra Modi · in-person · planned · no date',
      'Narendra Modi + Sanae Takaichi · in-person · planned · no date',
      'Mark Carney + Narendra Modi · in-person · planned · no date',
    ],
  },
  {
    name: 'ak16 scraped news page: menus, `Trending:` bar, a file-photo caption of Rajnath and Hegseth, byline, `held talks with … in New Delhi on Wednesday`, `will call on … on Friday`, then `Related Stories` headlines naming other meetings',
    text: ` date 2026-02-12 Skip to content
Home | India | World | Defence | Opinion | Videos | Web Stories | E-Paper
Trending: Budget 2026 | India-US Trade Deal | T20 World Cup | Assembly Polls
Sign in   Subscribe
Defence
Army chief Dwivedi, US Army Chief of Staff discuss co-production, joint exercises
Defence Minister Rajnath Singh with US Secretary of War Pete Hegseth in Kuala Lumpur. (File photo: X/@rajnathsingh)
By Snehesh Alex Philip | 12 February, 2026 10:05 am IST
Share | WhatsApp | X | Facebook
New Delhi: Chief of the Army Staff General Upendra Dwivedi held talks with US Army Chief of Staff General Randy George in New Delhi on Wednesday, focusing on co-production of Stryker combat vehicles and Javelin missiles, and the upcoming Yudh Abhyas exercise.
Gen George, who is on his first visit to India, was received with a guard of honour at South Block. The two generals also discussed lessons from recent conflicts, drone warfare and logistics cooperation, the Army said in a post on X.
Gen George will call on Chief of Defence Staff Gen Anil Chauhan on Friday and visit the Army's Southern Command in Pune before leaving on Saturday.
Also Read: Navy chief holds talks with US counterpart in Washington
Advertisement
Related Stories
Rajnath, Hegseth hold talks on defence framework, sign 10-year pact
Jaishankar meets Rubio in Washington, discusses trade deal
Modi, Trump speak on phone, agree to cut tariffs
Subscribe to our channels on YouTube & Telegram
© 2026 Printline Media Pvt. Ltd. All rights reserved.
`,
    meetings: [
      'Randy George + Upendra Dwivedi · in-person · held · 2026-02-11',
      'Anil Chauhan + Randy George · in-person · planned · 2026-02-13',
    ],
  },
  // 2026-12-02 (review): the day's rules one by one, where no probe article above asserts them
  {
    name: 'the day\'s rules, one by one: `called Modi "a great friend"` is a name given, not a call; the relative clause is an aside',
    text: ` date 2025-11-20 x
Trump, who called Modi "a great friend", met Albanese on Tuesday.
`,
    meetings: ['Anthony Albanese + Donald Trump · in-person · held · 2025-11-18'],
  },
  {
    name: "the day's rules, one by one: `conveyed the greetings of` someone, `handed over a letter from` someone: no participant",
    text: ` date 2025-01-10 x
RM called on Prime Minister Anthony Albanese and conveyed the greetings of Pradhan Mantri Shri Narendra Modi. Rajnath Singh met Pete Hegseth and handed over a letter from Prime Minister Narendra Modi.
`,
    meetings: [
      'Anthony Albanese + Rajnath Singh · in-person · held · no date',
      'Pete Hegseth + Rajnath Singh · in-person · held · no date',
    ],
  },
  {
    name: "the day's rules, one by one: the meeting told and the same people's next one in one sentence",
    text: ` date 2025-04-20 x
Rajnath Singh met Richard Marles in Delhi on Tuesday, and the two will meet again in Canberra in June.
`,
    meetings: [
      'Rajnath Singh + Richard Marles · in-person · held · 2025-04-15',
      'Rajnath Singh + Richard Marles · in-person · planned · no date',
    ],
  },
  {
    name: "the day's rules, one by one: a country's office for its holder (the person named before, else the KB's on the day; not a deputy, not `Assistant to the Prime Minister`)",
    text: ` date 2025-01-26 x
Indonesian President Prabowo Subianto arrived in New Delhi on Friday. President Droupadi Murmu received the Indonesian President at Rashtrapati Bhavan on Saturday. Rajnath Singh called on the Prime Minister of Australia in Canberra on Saturday. Rajnath Singh also met the Australian Deputy Prime Minister on Saturday. The Assistant to the Prime Minister of India for National Security, Ajit Doval, met Marco Rubio on Saturday.
`,
    meetings: [
      'Droupadi Murmu + Prabowo Subianto · in-person · held · 2025-01-25',
      'Anthony Albanese + Rajnath Singh · in-person · held · 2025-01-25',
      'Rajnath Singh + Richard Marles · in-person · held · 2025-01-25',
      'Ajit Doval + Marco Rubio · in-person · held · 2025-01-25',
    ],
  },
  {
    name: "the day's rules, one by one: `Secretary of War Mr Pete Hegseth` (an honorific ends no name)",
    text: ` date 2025-08-20 x
Singapore's Minister for Defence Chan Chun Sing met United States Secretary of War Mr Pete Hegseth at the Pentagon on Tuesday. Later, Dharmendra Pradhan will meet Chief Minister Mohan Charan Majhi on Jan 17 and visit the port.
`,
    meetings: ['Chan Chun Sing + Pete Hegseth · in-person · held · 2025-08-19'],
  },
  {
    name: "the day's rules, one by one: a fact-check's claims; `The meeting was also attended by`; a meeting the news comes after",
    text: ` date 2025-11-01 x
Claims that Ajit Doval secretly met Asim Munir in Washington on Tuesday are false. Prabowo Subianto held talks with Narendra Modi on Friday. The meeting was also attended by Indonesian Ambassador Ina Krisnamurthi. The meeting comes a day after Donald Trump and Xi Jinping met in Busan.
`,
    meetings: [
      'Ina Krisnamurthi + Narendra Modi + Prabowo Subianto · in-person · held · 2025-10-31',
      'Donald Trump + Xi Jinping · in-person · held · no date · background',
    ],
  },
  {
    name: "the day's rules, one by one: a Kremlin transcript, a turn running on over the paragraphs after its label",
    text: ` date 2025-08-08 Kremlin
Meeting with Assistant to the Prime Minister of India for National Security Ajit Doval
August 7, 2025, The Kremlin, Moscow

Vladimir Putin had a meeting with Ajit Doval in the Kremlin.

President of Russia Vladimir Putin: Mr Doval, welcome.

I am glad to see you. Please convey my warmest greetings to Prime Minister Modi. I look forward to meeting Prime Minister Modi in India later this year.

National Security Adviser Ajit Doval: Thank you, Mr President.

We have a very special relationship. Tomorrow I will meet Security Council Secretary Sergei Shoigu.
`,
    meetings: [
      'Ajit Doval + Vladimir Putin · in-person · held · no date',
      'Narendra Modi + Vladimir Putin · in-person · planned · no date',
      'Ajit Doval + Sergei Shoigu · in-person · planned · 2025-08-09',
    ],
  },
];
