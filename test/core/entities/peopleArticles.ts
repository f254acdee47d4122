// Articles in the styles the unseen corpus holds (government releases of several countries, readouts,
// transcripts, wire copy, a Hindi release), each with the people it names: every distinct surface form
// of a person's name as the recogniser should report it (without the title or office in front). Most
// of these people are not in the bundled knowledge base, on purpose: real articles name people no KB
// will have.
//
// `TUNING` was written before the rules for people the KB does not know and used to shape them.
// `HELD_OUT` was written at the same time and scored once the rules were fixed (F1 0.90 on that first
// run); its misses then shaped three more rules (an office's portfolio, `Mr.` with its dot, letters
// after a name), so it is no longer blind either. `FRESH` was written after all of that and is the
// fairest estimate.

export interface PeopleArticle {
  readonly style: string;
  readonly text: string;
  /** Each distinct surface form of a person's name, as written. */
  readonly people: readonly string[];
  /** The meetings the article reports (MEETINGS.md), each as a word of each participant's name. */
  readonly meetings: readonly (readonly string[])[];
}

export const TUNING: readonly PeopleArticle[] = [
  {
    style: 'Japanese MoD release, family names in capitals first',
    text: ` date 2024-07-28 Japan-U.S. Defense Ministerial Meeting
On July 28, Minister of Defense KIHARA Minoru held a meeting with U.S. Secretary of Defense Lloyd J. Austin III in Tokyo. Parliamentary Vice-Minister of Defense MATSUMOTO Hisashi and Chief of Staff, Joint Staff YOSHIDA Yoshihide were also present.
Minister KIHARA stated that the Japan-U.S. Alliance is the cornerstone of peace. Secretary Austin concurred.
`,
    people: ['KIHARA Minoru', 'Lloyd J. Austin III', 'MATSUMOTO Hisashi', 'YOSHIDA Yoshihide', 'KIHARA', 'Austin'],
    meetings: [['KIHARA', 'Austin']],
  },
  {
    style: 'US DoD readout with the press secretary',
    text: ` date 2025-03-21 Readout
Pentagon Press Secretary John Ullyot provided the following readout:
Secretary of Defense Pete Hegseth met with Philippine Secretary of National Defense Gilberto Teodoro Jr. at the Pentagon today. Secretary Hegseth reaffirmed the ironclad alliance. Teodoro thanked the Secretary for the continued support.
`,
    people: ['John Ullyot', 'Pete Hegseth', 'Gilberto Teodoro Jr.', 'Hegseth', 'Teodoro'],
    meetings: [['Hegseth', 'Teodoro']],
  },
  {
    style: 'PIB ceremony release with a guest list',
    text: ` date 2024-12-05 PIB Delhi
Raksha Mantri Shri Rajnath Singh inaugurated the new headquarters in New Delhi on December 05, 2024. The ceremony was attended by Chief of the Army Staff General Upendra Dwivedi, Defence Secretary Shri Rajesh Kumar Singh, Vice Admiral Krishna Swaminathan, Air Marshal Tejinder Singh and Lt Gen Anindya Sengupta, among other dignitaries.
`,
    people: ['Rajnath Singh', 'Upendra Dwivedi', 'Rajesh Kumar Singh', 'Krishna Swaminathan', 'Tejinder Singh', 'Anindya Sengupta'],
    meetings: [],
  },
  {
    style: 'Reuters-style wire copy with a byline and a spokesperson',
    text: ` date 2024-10-17 By Krishn Kaushik
NEW DELHI, Oct 17 (Reuters) - India and the Philippines agreed on Thursday to deepen defence ties, said Bharat Bhushan Babu, a spokesperson for India's defence ministry, after Defence Minister Rajnath Singh met Philippine Defence Secretary Gilberto Teodoro.
"We are natural partners," Teodoro told reporters.
Reporting by Krishn Kaushik; Editing by Raju Gopalakrishnan
`,
    people: ['Krishn Kaushik', 'Bharat Bhushan Babu', 'Rajnath Singh', 'Gilberto Teodoro', 'Teodoro', 'Raju Gopalakrishnan'],
    meetings: [['Singh', 'Teodoro']],
  },
  {
    style: 'transcript of remarks with speaker labels',
    text: ` date 2023-06-05 Joint press availability, New Delhi
SECRETARY AUSTIN: Thank you, Minister Singh, for your hospitality.
MINISTER SINGH: It is a pleasure to welcome you again.
MODERATOR: We will take two questions.
Q: Sir, Idrees Ali from Reuters. Did you discuss the jet engine deal?
SECRETARY AUSTIN: We did, Idrees.
`,
    people: ['AUSTIN', 'Singh', 'SINGH', 'Idrees Ali', 'Idrees'],
    meetings: [],
  },
  {
    style: 'leaders met abroad, named with their country',
    text: ` date 2024-11-22 Vientiane
On the sidelines of the ADMM-Plus, Defence Minister Rajnath Singh held bilateral talks with Indonesia's Minister of Defence Sjafrie Sjamsoeddin, Vietnam's Minister of National Defence General Phan Van Giang and New Zealand's Minister of Defence Judith Collins. Sjamsoeddin invited him to Jakarta.
`,
    people: ['Rajnath Singh', 'Sjafrie Sjamsoeddin', 'Phan Van Giang', 'Judith Collins', 'Sjamsoeddin'],
    meetings: [
      ['Singh', 'Sjamsoeddin'],
      ['Singh', 'Giang'],
      ['Singh', 'Collins'],
    ],
  },
  {
    style: 'Australian ministerial statement',
    text: ` date 2024-08-20 Media release
The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, today welcomed his Indian counterpart to Canberra. Mr Marles and Minister Singh were joined by the Chief of the Defence Force, Admiral David Johnston, and Secretary of the Department of Defence Greg Moriarty.
`,
    people: ['Richard Marles', 'Marles', 'Singh', 'David Johnston', 'Greg Moriarty'],
    meetings: [['Marles', 'Singh']],
  },
  {
    style: 'Hindi release (PIB), names in Devanagari',
    text: ` date 2024-08-23 पत्र सूचना कार्यालय
रक्षा मंत्री श्री राजनाथ सिंह ने वाशिंगटन डीसी में अमेरिकी रक्षा मंत्री लॉयड ऑस्टिन के साथ द्विपक्षीय बैठक की। बैठक में प्रधानमंत्री नरेन्द्र मोदी की अमेरिका यात्रा पर भी चर्चा हुई।
`,
    people: ['राजनाथ सिंह', 'लॉयड ऑस्टिन', 'नरेन्द्र मोदी'],
    meetings: [['Singh', 'Austin']],
  },
];

export const HELD_OUT: readonly PeopleArticle[] = [
  {
    style: 'French readout in English',
    text: ` date 2023-07-14 Ministère des Armées
Minister for the Armed Forces Sébastien Lecornu received his Indian counterpart, Rajnath Singh, in Paris on Thursday. Mr Lecornu was accompanied by General Thierry Burkhard, Chief of the Defence Staff. The two ministers reviewed the Horizon 2047 roadmap.
`,
    people: ['Sébastien Lecornu', 'Rajnath Singh', 'Lecornu', 'Thierry Burkhard'],
    meetings: [['Lecornu', 'Singh']],
  },
  {
    style: 'US State Department readout with a spokesperson',
    text: ` date 2025-01-21 Office of the Spokesperson
The below is attributable to Spokesperson Tammy Bruce:
Secretary of State Marco Rubio met with Indian External Affairs Minister S. Jaishankar today in Washington. Secretary Rubio and Minister Jaishankar discussed the Quad. Deputy Secretary Christopher Landau also attended.
`,
    people: ['Tammy Bruce', 'Marco Rubio', 'S. Jaishankar', 'Rubio', 'Jaishankar', 'Christopher Landau'],
    meetings: [['Rubio', 'Jaishankar']],
  },
  {
    style: 'Japanese release, second style',
    text: ` date 2025-03-30 Japan-U.S. Defense Ministerial Meeting
Minister of Defense NAKATANI Gen held a meeting with Secretary of Defense Pete Hegseth. State Minister of Defense MASUDA Kazuo attended the meeting. Minister NAKATANI welcomed Secretary Hegseth's first visit to Japan.
`,
    people: ['NAKATANI Gen', 'Pete Hegseth', 'MASUDA Kazuo', 'NAKATANI', 'Hegseth'],
    meetings: [['NAKATANI', 'Hegseth']],
  },
  {
    style: 'wire copy with a role after a comma',
    text: ` date 2024-02-09 Reuters
WASHINGTON, Feb 9 (Reuters) - Admiral John Aquilino, the head of U.S. Indo-Pacific Command, met Indian Navy chief Admiral R. Hari Kumar on Friday, said Commander Amy Hopkins, a Navy spokesperson. Kumar said the talks were productive.
`,
    people: ['John Aquilino', 'R. Hari Kumar', 'Amy Hopkins', 'Kumar'],
    meetings: [['Aquilino', 'Kumar']],
  },
  {
    style: 'Indian newspaper report with a byline and quotes',
    text: ` date 2024-11-23 Express News Service
Written by Rahul Tripathi
New Delhi | November 23, 2024
Defence Minister Rajnath Singh's meeting with his Chinese counterpart Admiral Dong Jun in Vientiane was "constructive", officials said. Former Army chief General Manoj Naravane told The Indian Express that the talks were a step forward. Dong was appointed in December 2023.
`,
    people: ['Rahul Tripathi', 'Rajnath Singh', 'Dong Jun', 'Manoj Naravane', 'Dong'],
    meetings: [['Singh', 'Dong']],
  },
  {
    style: 'transcript with unknown speakers',
    text: ` date 2024-04-11 Press briefing
MR. MILLER: Good afternoon. I have one announcement.
QUESTION: Matt, on India. Has the Secretary spoken to Minister Jaishankar?
MR. MILLER: He has not spoken to him this week.
`,
    people: ['MILLER', 'Matt', 'Jaishankar'],
    meetings: [],
  },
  {
    style: 'Hindi release, second style',
    text: ` date 2024-06-17 पत्र सूचना कार्यालय
राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल ने नई दिल्ली में अमेरिका के राष्ट्रीय सुरक्षा सलाहकार जेक सुलिवन से मुलाकात की।
`,
    people: ['अजीत डोभाल', 'जेक सुलिवन'],
    meetings: [['Doval', 'Sullivan']],
  },
  {
    style: 'Australian release, a list of officials',
    text: ` date 2023-08-11 Joint statement
The Minister for Defence Industry, the Hon Pat Conroy MP, met India's Defence Secretary Giridhar Aramane in Sydney. Also present were Vice Admiral Mark Hammond, Chief of Navy, and Ms Hilary Dwyer, First Assistant Secretary. Conroy said the partnership had never been stronger.
`,
    people: ['Pat Conroy', 'Giridhar Aramane', 'Mark Hammond', 'Hilary Dwyer', 'Conroy'],
    meetings: [['Conroy', 'Aramane']],
  },
];

export const FRESH: readonly PeopleArticle[] = [
  {
    style: 'Korean ministry release',
    text: ` date 2024-09-10 Ministry of National Defense
Minister of National Defense Kim Yong-hyun held talks with Indian Defence Secretary Giridhar Aramane in Seoul on September 10. Vice Minister Kim Seon-ho and Director General for International Policy Lee Kyung-ho attended. Minister Kim said the two countries share values.
`,
    people: ['Kim Yong-hyun', 'Giridhar Aramane', 'Kim Seon-ho', 'Lee Kyung-ho', 'Kim'],
    meetings: [['Kim', 'Aramane']],
  },
  {
    style: 'UK MoD news story',
    text: ` date 2023-01-26 From: Ministry of Defence and The Rt Hon Ben Wallace MP
Defence Secretary Ben Wallace has met his Indian counterpart in London. Mr Wallace was joined by the Chief of the Defence Staff, Admiral Sir Tony Radakin. The High Commissioner of India, Vikram Doraiswami, also attended.
`,
    people: ['Ben Wallace', 'Wallace', 'Tony Radakin', 'Vikram Doraiswami'],
    meetings: [],
  },
  {
    style: 'Indian Navy press release',
    text: ` date 2024-03-18 Indian Navy
Vice Admiral Sanjay Jasjit Singh, Flag Officer Commanding-in-Chief, Western Naval Command, called on Rear Admiral Michael Baze of the US Navy onboard INS Jalashwa. The officers discussed Exercise Tiger Triumph. Cdr. Vivek Madhwal, the Navy's spokesperson, said the visit was a success.
`,
    people: ['Sanjay Jasjit Singh', 'Michael Baze', 'Vivek Madhwal'],
    meetings: [['Singh', 'Baze']],
  },
  {
    style: 'Philippine readout',
    text: ` date 2024-05-07 Department of National Defense
Secretary Gilberto C. Teodoro Jr. received Indian Ambassador Shambhu S. Kumaran at Camp Aguinaldo on Tuesday. DND Spokesperson Arsenio Andolong said the two discussed maritime cooperation. Ambassador Kumaran thanked Secretary Teodoro.
`,
    people: ['Gilberto C. Teodoro Jr.', 'Shambhu S. Kumaran', 'Arsenio Andolong', 'Kumaran', 'Teodoro'],
    meetings: [['Teodoro', 'Kumaran']],
  },
  {
    style: 'Canadian statement',
    text: ` date 2024-06-01 Statement
The Honourable Bill Blair, Minister of National Defence, met with Defence Minister Rajnath Singh's envoy in Singapore. Minister Blair underlined Canada's Indo-Pacific Strategy. Deputy Minister Bill Matthews accompanied him.
`,
    people: ['Bill Blair', 'Rajnath Singh', 'Blair', 'Bill Matthews'],
    meetings: [],
  },
  {
    style: 'wire copy, a quote attributed after the name',
    text: ` date 2025-02-14 AFP
WASHINGTON (AFP) - President Donald Trump hosted Prime Minister Narendra Modi at the White House on Thursday. "He is a great friend," Trump said. Michael Kugelman, director of the South Asia Institute at the Wilson Center, said the visit set the tone. Tanvi Madan, a senior fellow at Brookings, agreed.
`,
    people: ['Donald Trump', 'Narendra Modi', 'Trump', 'Michael Kugelman', 'Tanvi Madan'],
    meetings: [['Trump', 'Modi']],
  },
];

/** Written after the rules FRESH shaped; scored once before any rule changed for it (F1 0.98: see the test). */
export const FRESH_2: readonly PeopleArticle[] = [
  {
    style: 'MEA weekly briefing transcript',
    text: ` date 2025-01-10 Transcript of Weekly Media Briefing by the Official Spokesperson
Official Spokesperson, Shri Randhir Jaiswal: Good afternoon. I will begin with the visit of the National Security Adviser.
Sidhant Sibal, WION: Sir, did the NSA meet Mr. Sullivan?
Official Spokesperson, Shri Randhir Jaiswal: Yes, NSA Ajit Doval met Jake Sullivan on Monday.
`,
    people: ['Randhir Jaiswal', 'Sidhant Sibal', 'Sullivan', 'Ajit Doval', 'Jake Sullivan'],
    meetings: [['Doval', 'Sullivan']],
  },
  {
    style: 'German ministry news in English',
    text: ` date 2024-10-29 Federal Ministry of Defence
Federal Minister of Defence Boris Pistorius welcomed Indian Defence Minister Rajnath Singh to Berlin. State Secretary Nils Hilmer and Inspector General of the Bundeswehr General Carsten Breuer took part in the talks. Pistorius called India a key partner.
`,
    people: ['Boris Pistorius', 'Rajnath Singh', 'Nils Hilmer', 'Carsten Breuer', 'Pistorius'],
    meetings: [['Pistorius', 'Singh']],
  },
  {
    style: 'Japanese MOFA release',
    text: ` date 2025-03-28 Ministry of Foreign Affairs of Japan
On March 28, commencing at 9:00 a.m. for approximately 40 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Dr. S. Jaishankar, Minister of External Affairs of India. Minister IWAYA expressed his gratitude.
`,
    people: ['IWAYA Takeshi', 'S. Jaishankar', 'IWAYA'],
    meetings: [['IWAYA', 'Jaishankar']],
  },
  {
    style: 'Sri Lankan press release',
    text: ` date 2024-12-16 President's Media Division
President Anura Kumara Dissanayake met Prime Minister Narendra Modi at Hyderabad House. He was accompanied by Foreign Minister Vijitha Herath and Deputy Minister of Finance Dr. Anil Jayantha Fernando.
`,
    people: ['Anura Kumara Dissanayake', 'Narendra Modi', 'Vijitha Herath', 'Anil Jayantha Fernando'],
    meetings: [['Dissanayake', 'Modi']],
  },
  {
    style: 'Pentagon press briefing',
    text: ` date 2024-02-20 Press briefing
MAJ. GEN. PAT RYDER: Good afternoon, everyone. Secretary Austin spoke with his Indian counterpart today.
Q: Thanks, General. Tara Copp, AP. Can you say more?
GEN. RYDER: I don't have more to give.
`,
    people: ['PAT RYDER', 'Austin', 'Tara Copp', 'RYDER'],
    meetings: [['Austin', 'Singh']],
  },
  {
    style: 'Hindi release with officials the KB does not know',
    text: ` date 2024-11-21 पत्र सूचना कार्यालय
रक्षा मंत्री श्री राजनाथ सिंह ने वियनतियाने में अमेरिकी रक्षा मंत्री लॉयड ऑस्टिन से मुलाकात की। इस अवसर पर रक्षा सचिव श्री राजेश कुमार सिंह भी उपस्थित थे।
`,
    people: ['राजनाथ सिंह', 'लॉयड ऑस्टिन', 'राजेश कुमार सिंह'],
    meetings: [['Singh', 'Austin']],
  },
];

/** Written after the meeting rules of the styled articles; scored once before any rule changed for it (people F1 1.00; meetings 1.00 / 0.40). */
export const FRESH_3: readonly PeopleArticle[] = [
  {
    style: 'White House readout of a call',
    text: ` date 2025-01-27 Readout
President Donald J. Trump spoke today with Prime Minister Narendra Modi of India. The two leaders discussed expanding cooperation, and President Trump emphasized the importance of India increasing its procurement of American-made security equipment. Press Secretary Karoline Leavitt said the call was productive.
`,
    people: ['Donald J. Trump', 'Narendra Modi', 'Trump', 'Karoline Leavitt'],
    meetings: [['Trump', 'Modi']],
  },
  {
    style: 'Indian Army release, a visit with several calls',
    text: ` date 2024-08-14 ADGPI
General Upendra Dwivedi, Chief of the Army Staff, is on an official visit to Australia from 13 to 16 August 2024. On arrival in Canberra, the COAS called on Lieutenant General Simon Stuart, Chief of Army. He also met Admiral David Johnston, Chief of the Defence Force, on Wednesday.
`,
    people: ['Upendra Dwivedi', 'Simon Stuart', 'David Johnston'],
    meetings: [
      ['Dwivedi', 'Stuart'],
      ['Dwivedi', 'Johnston'],
    ],
  },
  {
    style: 'Philippine wire copy, planned visit',
    text: ` date 2025-03-10 PNA
MANILA - Defense Secretary Gilberto Teodoro Jr. will meet Indian Defence Minister Rajnath Singh in New Delhi next week, the Department of National Defense said on Monday. DND spokesperson Arsenio Andolong said the two would sign an agreement on maritime cooperation.
`,
    people: ['Gilberto Teodoro Jr.', 'Rajnath Singh', 'Arsenio Andolong'],
    meetings: [['Teodoro', 'Singh']],
  },
  {
    style: 'Japanese release, a ministerial meeting of three',
    text: ` date 2024-07-28 Japan-Australia-U.S. Defense Ministers' Meeting
Minister of Defense KIHARA Minoru held the Japan-Australia-U.S. Defense Ministers' Meeting with Deputy Prime Minister and Minister for Defence Richard Marles and Secretary of Defense Lloyd J. Austin III in Tokyo. The three Ministers welcomed progress on trilateral cooperation.
`,
    people: ['KIHARA Minoru', 'Richard Marles', 'Lloyd J. Austin III'],
    meetings: [['KIHARA', 'Marles', 'Austin']],
  },
  {
    style: 'newspaper analysis with no meeting',
    text: ` date 2024-05-02 Opinion
By Harsh V. Pant
India's defence ties with the United States have grown over two decades. Former Defence Secretary G. Mohan Kumar argues that the relationship now rests on industry. Ashley Tellis of the Carnegie Endowment has long made the same case.
`,
    people: ['Harsh V. Pant', 'G. Mohan Kumar', 'Ashley Tellis'],
    meetings: [],
  },
  {
    style: 'Indonesian release in English',
    text: ` date 2025-01-25 Ministry of Defense
Indonesian Defense Minister Sjafrie Sjamsoeddin received a courtesy call from Indian Chief of Defence Staff General Anil Chauhan at the ministry in Jakarta on Friday. Sjafrie and Chauhan discussed the BrahMos missile.
`,
    people: ['Sjafrie Sjamsoeddin', 'Anil Chauhan', 'Sjafrie', 'Chauhan'],
    meetings: [['Sjamsoeddin', 'Chauhan']],
  },
];

/** Written after FRESH_3's rules; scored once before any rule changed for it (people F1 0.97; meetings 0.67 / 0.57). */
export const FRESH_4: readonly PeopleArticle[] = [
  {
    style: 'PIB release with a visiting delegation',
    text: ` date 2023-06-05 PIB Delhi
The US Secretary of Defense Mr Lloyd J Austin III, who is on an official visit to India, called on Raksha Mantri Shri Rajnath Singh in New Delhi today. Both Ministers held wide-ranging discussions on defence industrial cooperation. Later, Mr Austin also met National Security Advisor Shri Ajit Doval.
`,
    people: ['Lloyd J Austin III', 'Rajnath Singh', 'Austin', 'Ajit Doval'],
    meetings: [
      ['Austin', 'Singh'],
      ['Austin', 'Doval'],
    ],
  },
  {
    style: 'US embassy statement, planned visit with a day',
    text: ` date 2025-02-03 U.S. Embassy New Delhi
Secretary of State Marco Rubio will host External Affairs Minister Dr. S. Jaishankar at the Department of State on February 12. Ambassador Eric Garcetti welcomed the announcement.
`,
    people: ['Marco Rubio', 'S. Jaishankar', 'Eric Garcetti'],
    meetings: [['Rubio', 'Jaishankar']],
  },
  {
    style: 'Reuters copy, two calls in one story',
    text: ` date 2024-10-02 Reuters
NEW DELHI, Oct 2 (Reuters) - Indian Foreign Minister Subrahmanyam Jaishankar spoke by phone with his Iranian counterpart Abbas Araqchi on Tuesday, a day after he held a call with Israeli Foreign Minister Israel Katz, the foreign ministry said.
`,
    people: ['Subrahmanyam Jaishankar', 'Abbas Araqchi', 'Israel Katz'],
    meetings: [
      ['Jaishankar', 'Araqchi'],
      ['Jaishankar', 'Katz'],
    ],
  },
  {
    style: 'Australian transcript of a doorstop',
    text: ` date 2024-11-20 Transcript
RICHARD MARLES, DEPUTY PRIME MINISTER: I've just had a very good meeting with my Indian counterpart, Rajnath Singh. We talked about the Talisman Sabre exercise.
JOURNALIST: Did you raise the submarine program?
RICHARD MARLES: We did.
`,
    people: ['RICHARD MARLES', 'Rajnath Singh'],
    meetings: [['Marles', 'Singh']],
  },
  {
    style: 'Japanese MOD release, a video conference',
    text: ` date 2021-08-20 Ministry of Defense
Minister of Defense KISHI Nobuo held a video teleconference with Indian Defence Minister Rajnath Singh on August 20. The two Ministers exchanged views on the regional situation.
`,
    people: ['KISHI Nobuo', 'Rajnath Singh'],
    meetings: [['KISHI', 'Singh']],
  },
  {
    style: 'think-tank event report, no meeting between officials',
    text: ` date 2024-03-14 Event report
At a panel hosted by the Observer Research Foundation, Vice Admiral Girish Luthra and Dr. Rajeswari Pillai Rajagopalan discussed maritime security. The moderator, Harsh Pant, asked about the Quad.
`,
    people: ['Girish Luthra', 'Rajeswari Pillai Rajagopalan', 'Harsh Pant'],
    meetings: [],
  },
];

/** Written after FRESH_4's rules, longer articles; scored once before any rule changed for it (people F1 0.90; meetings 0.50 / 0.30). */
export const FRESH_5: readonly PeopleArticle[] = [
  {
    style: 'DoD readout, several paragraphs',
    text: ` date 2024-04-08 Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Philippine Secretary of National Defense Gilberto Teodoro
Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder provided the following readout:
Secretary of Defense Lloyd J. Austin III hosted Philippine Secretary of National Defense Gilberto Teodoro at the Pentagon today.
The leaders discussed the significant progress made in the U.S.-Philippine Alliance over the past year.
Secretary Austin also highlighted the upcoming trilateral meeting with Japanese Minister of Defense KIHARA Minoru.
`,
    people: ['Lloyd J. Austin III', 'Gilberto Teodoro', 'Pat Ryder', 'Austin', 'KIHARA Minoru'],
    // The upcoming trilateral: Austin, Teodoro and KIHARA (found as Austin and KIHARA: a miss).
    meetings: [
      ['Austin', 'Teodoro'],
      ['Austin', 'Teodoro', 'KIHARA'],
    ],
  },
  {
    style: 'MEA release on a visit over several days',
    text: ` date 2024-06-19 Ministry of External Affairs
US National Security Advisor Jake Sullivan visited New Delhi on 17-18 June 2024. On 17 June, he held talks with National Security Adviser Ajit Doval. On 18 June, he called on Prime Minister Narendra Modi and also met External Affairs Minister Dr. S. Jaishankar.
`,
    people: ['Jake Sullivan', 'Ajit Doval', 'Narendra Modi', 'S. Jaishankar'],
    meetings: [
      ['Sullivan', 'Doval'],
      ['Sullivan', 'Modi'],
      ['Sullivan', 'Jaishankar'],
    ],
  },
  {
    style: 'wire copy about a planned summit, no meeting held',
    text: ` date 2025-08-30 Reuters
NEW DELHI, Aug 30 (Reuters) - Prime Minister Narendra Modi is expected to meet Chinese President Xi Jinping on the sidelines of the Shanghai Cooperation Organisation summit in Tianjin on Sunday, two government sources said.
Modi last visited China in 2018.
`,
    people: ['Narendra Modi', 'Xi Jinping', 'Modi'],
    meetings: [['Modi', 'Xi']],
  },
  {
    style: 'Australian Defence news, a list of ministers met',
    text: ` date 2024-06-02 Defence News
While in Singapore for the Shangri-La Dialogue, the Deputy Prime Minister held bilateral meetings with:
- Singaporean Minister for Defence Dr Ng Eng Hen
- Philippine Secretary of National Defense Gilberto Teodoro
- Indonesian Minister of Defence Prabowo Subianto
Mr Marles said the meetings reaffirmed Australia's partnerships in the region.
`,
    people: ['Ng Eng Hen', 'Gilberto Teodoro', 'Prabowo Subianto', 'Marles'],
    meetings: [
      ['Marles', 'Ng Eng Hen'],
      ['Marles', 'Teodoro'],
      ['Marles', 'Prabowo'],
    ],
  },
  {
    style: 'Indian Navy release, a port call with calls on officials',
    text: ` date 2024-09-12 Indian Navy
INS Tabar arrived at Port Moresby on 10 September 2024. The Commanding Officer, Captain M R Harish, called on Commodore Philip Polewara, Commander of the PNG Defence Force Maritime Element, on 11 September.
`,
    people: ['M R Harish', 'Philip Polewara'],
    meetings: [['Harish', 'Polewara']],
  },
  {
    style: 'opinion column naming officials, no meeting',
    text: ` date 2024-12-01 Opinion
When Rajnath Singh and Lloyd Austin spoke of co-production, few expected results so soon. Yet as Ashley Tellis has argued, the real test lies ahead. Former Navy chief Admiral Arun Prakash has made a similar case.
`,
    people: ['Rajnath Singh', 'Lloyd Austin', 'Ashley Tellis', 'Arun Prakash'],
    meetings: [],
  },
];

/** Written after FRESH_5's rules; scored once before any rule changed for it (people F1 1.00; meetings 0.75 / 0.50). */
export const FRESH_6: readonly PeopleArticle[] = [
  {
    style: 'State Department readout, Secretary meets two ministers together',
    text: ` date 2023-09-27 Office of the Spokesperson
The following is attributable to Spokesperson Matthew Miller:
Secretary Antony J. Blinken met today with Indian External Affairs Minister Dr. Subrahmanyam Jaishankar in Washington. The Secretary and the Minister discussed the outcomes of the G20 Leaders' Summit in New Delhi.
`,
    people: ['Matthew Miller', 'Antony J. Blinken', 'Subrahmanyam Jaishankar'],
    meetings: [['Blinken', 'Jaishankar']],
  },
  {
    style: 'PIB release, a courtesy call on the President',
    text: ` date 2023-03-02 PIB Delhi
The Foreign Ministers of Quad countries - Mr Antony Blinken of the USA, Ms Penny Wong of Australia and Mr Yoshimasa Hayashi of Japan - called on the President of India, Smt Droupadi Murmu, at Rashtrapati Bhavan today.
`,
    people: ['Antony Blinken', 'Penny Wong', 'Yoshimasa Hayashi', 'Droupadi Murmu'],
    meetings: [['Blinken', 'Wong', 'Hayashi', 'Murmu']],
  },
  {
    style: 'wire copy, a meeting denied',
    text: ` date 2024-07-26 AFP
VIENTIANE (AFP) - Indian Foreign Minister S. Jaishankar did not meet Chinese Foreign Minister Wang Yi in Vientiane on Thursday, officials said, though the two had talked in Astana earlier this month.
`,
    people: ['S. Jaishankar', 'Wang Yi'],
    // The talk in Astana (recalled), not the meeting the sentence denies.
    meetings: [['Jaishankar', 'Wang']],
  },
  {
    style: 'Japanese MOD release, telephone talks',
    text: ` date 2025-01-29 Ministry of Defense
On January 29, Minister of Defense NAKATANI Gen held a telephone talk with Secretary of Defense Pete Hegseth for about 30 minutes. The two ministers confirmed that they would meet at an early date.
`,
    people: ['NAKATANI Gen', 'Pete Hegseth'],
    meetings: [
      ['NAKATANI', 'Hegseth'],
      ['NAKATANI', 'Hegseth'],
    ],
  },
  {
    style: 'Indian Express report with an interview, no meeting',
    text: ` date 2024-02-15 Express
In an interview, Eric Garcetti, the US Ambassador to India, said he expected the engine deal to be signed this year. Garcetti has been in New Delhi since May 2023.
`,
    people: ['Eric Garcetti', 'Garcetti'],
    meetings: [],
  },
  {
    style: 'MoD release, a dialogue co-chaired by two secretaries',
    text: ` date 2024-03-22 Ministry of Defence
The 18th India-US Defence Policy Group meeting was held in New Delhi on March 21, 2024. It was co-chaired by Defence Secretary Giridhar Aramane and US Under Secretary of Defense for Policy Sasha Baker.
`,
    people: ['Giridhar Aramane', 'Sasha Baker'],
    meetings: [['Aramane', 'Baker']],
  },
];

/** Written after FRESH_6's rules; scored once before any rule changed for it (people F1 0.83; meetings 0.83 / 0.83). */
export const FRESH_7: readonly PeopleArticle[] = [
  {
    style: 'Pentagon transcript of joint remarks',
    text: ` date 2023-06-05 Transcript
Secretary of Defense Lloyd J. Austin III and Indian Minister of Defence Rajnath Singh Hold a Joint Press Availability
SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, good afternoon. Minister Singh, thank you for hosting me here in New Delhi. We just had a very productive meeting.
MINISTER OF DEFENCE RAJNATH SINGH: Thank you, Secretary Austin. We discussed the roadmap for defence industrial cooperation.
`,
    people: ['Lloyd J. Austin III', 'Rajnath Singh', 'LLOYD J. AUSTIN III', 'Singh', 'RAJNATH SINGH', 'Austin'],
    meetings: [['Austin', 'Singh']],
  },
  {
    style: 'Indian newspaper, a minister abroad over two days',
    text: ` date 2024-08-25 The Hindu
Defence Minister Rajnath Singh, who was in Washington from August 23 to 26, met U.S. Defense Secretary Lloyd Austin on Friday. On Saturday, Mr. Singh held talks with National Security Adviser Jake Sullivan at the White House.
`,
    people: ['Rajnath Singh', 'Lloyd Austin', 'Singh', 'Jake Sullivan'],
    meetings: [
      ['Singh', 'Austin'],
      ['Singh', 'Sullivan'],
    ],
  },
  {
    style: 'Japanese embassy release, a reception',
    text: ` date 2024-03-08 Embassy of Japan in India
Ambassador of Japan to India Mr. SUZUKI Hiroshi hosted a reception to mark the visit of Chief of Staff of the Japan Ground Self-Defense Force General MORISHITA Yasunori. General Anil Chauhan, Chief of Defence Staff, attended the reception.
`,
    people: ['SUZUKI Hiroshi', 'MORISHITA Yasunori', 'Anil Chauhan'],
    meetings: [],
  },
  {
    style: 'wire copy, a phone call reported by one side',
    text: ` date 2025-05-10 Reuters
WASHINGTON, May 10 (Reuters) - U.S. Secretary of State Marco Rubio spoke on Saturday with Pakistan's army chief, General Asim Munir, and urged both sides to find ways to de-escalate, the State Department said.
`,
    people: ['Marco Rubio', 'Asim Munir'],
    meetings: [['Rubio', 'Munir']],
  },
  {
    style: 'PIB release, a minister receiving a delegation',
    text: ` date 2024-01-16 PIB Delhi
A delegation of the US Congress led by Senator Mark Warner called on Raksha Mantri Shri Rajnath Singh in New Delhi today. The Raksha Mantri welcomed the delegation and appreciated the growing convergence between the two countries.
`,
    people: ['Mark Warner', 'Rajnath Singh'],
    meetings: [['Warner', 'Singh']],
  },
  {
    style: 'MEA readout, a meeting on the margins with a list of topics',
    text: ` date 2024-09-24 Ministry of External Affairs
EAM Dr. S. Jaishankar met Foreign Minister of Saudi Arabia Prince Faisal bin Farhan Al Saud on the margins of UNGA in New York on 23 September. They discussed energy, connectivity and the situation in West Asia.
`,
    people: ['S. Jaishankar', 'Faisal bin Farhan Al Saud'],
    meetings: [['Jaishankar', 'Faisal']],
  },
];
