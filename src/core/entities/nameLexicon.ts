// Words that surround names in news prose. They are general English and newsroom usage, not tuned
// to any sample: titles in front of a name, words that open sentences, and the head words that
// tell what kind of thing an unknown name is.

import type { BuiltInEntityType } from '../knowledgeBase/entityTypes';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and office words written before a name (`Defence Minister Singh`, `Secretary of Defense Austin`). */
export const TITLE_WORDS = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Shri Smt Smt. Sri Hon Hon. Datuk Dato Datin Seri Tun Haji Hajjah
  Minister Ministers Secretary Secretaries President Vice Prime Deputy Under Assistant Acting Chief Chiefs
  Defence Defense External Foreign Home Finance Commerce Affairs State Union Cabinet Senior Junior Former Ex
  National Security Adviser Advisor NSA Ambassador Envoy Senator Congressman Congresswoman Governor Chairman
  Chairperson Director Commander Spokesperson Spokesman Admiral Vice-Admiral Rear General Gen Gen. Lt Lt. Lieutenant
  Colonel Col Col. Major Maj Maj. Captain Capt Capt. Air Marshal Field Staff Army Navy Naval Sergeant Sgt
  Indian American US U.S. USA India Visiting Outgoing Incoming New Then Current Counterpart Counterparts
  Defense. Secretary-General Premier Chancellor King Queen Prince Princess Justice Judge Officer Officers
  PM CM EAM CDS MoS Sec Sec. Adm Adm. Gov Gov. Sen Sen. Rep Rep. Amb Amb. Pres Pres.
  Brigadier Brig Brig. Professor Representative Commodore Cdr Cdr. Sgt. War
  Honourable Honorable Hon'ble Rt Rt. Right Excellency High Commissioner Commissioners Councillor Councilor Federal
  CEO CFO COO CTO Founder Co-founder Executive Managing MD President-elect Crown Sheikh Emir Sultan
  Raksha Mantri Rajya Pradhan Mantri Sena Pramukh Rashtrapati Sahib Ji Shrimati Kumari
  Intelligence Justice Health Education Energy Agriculture Labor Labour Transportation Transport Treasury Interior
  Homeland Environment Railways Petroleum Communications Information
  of the
`);

/** Offices and ranks: a name with no other evidence that holds one is a description (`Liaison Officers`). */
export const OFFICE_WORDS = words(`
  Minister Ministers Secretary Secretaries President Presidents Chief Chiefs Adviser Advisers Advisor Advisors
  Ambassador Ambassadors Envoy Envoys Senator Senators Governor Governors Chairman Chairperson Director Directors
  Commander Commanders Spokesperson Spokesman Officer Officers Official Officials Delegation Delegates Staff
  Admiral Admirals General Generals Colonel Captain Lieutenant Marshal Sergeant Premier Chancellor
  Commissioner Commissioners Attaché Attache Attachés Attaches Representative Representatives
  PM CM EAM CDS MoS Mantri Raksha Rajya Pradhan Rashtrapati
`);

/** Words that, capitalised at the start of a sentence, are not part of a name that follows. */
export const SENTENCE_OPENERS = words(`
  A An The This That These Those Its It His Her Their Our Your My We He She They I You
  In On At For With From To By Of As After Before During Since Until While When Where Why How What Which Who
  According Amid Among Across Against Along Around Despite Following Including Like Meanwhile However Moreover
  Also And But Or Nor So Yet Both Each Every Either Neither All Some Many Most Several Other Another
  Speaking Addressing Talking Calling Welcoming Thank Thanks Great Dear Today Yesterday Tomorrow Earlier Later
  Last Next Over Under Between Within Without Through Upon Via Per Here There Then Now Such Yes No Well Okay
  Had Has Have Were Was Is Are Did Does Do Should Would Could Can Must Shall
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
`);

/** Lower-case words that may join the words of one name (`Ministry of Defence`, `Bay of Bengal`, `Larsen & Toubro`). */
export const NAME_JOINERS = words('of for the on de da del der den di du dos das von van ter bin bint ibn al el &');

/**
 * Lower-case particles found in people's names and hardly in places' (`Ursula von der Leyen`, `Mohammed bin
 * Salman`; not `de`, `da`: `Rio de Janeiro`), among the joiners.
 */
export const NAME_PARTICLES = words('von van der den ter bin bint ibn');

/**
 * `and` joins two names more often than it joins the words of one: `India and Japan` are two, but
 * `Defence Research and Development Organisation` is one. The recogniser decides (see recognizeEntities).
 */
export const CONJUNCTIONS = words('and');

/**
 * Capitalised words that web pages and wire copy put in title case around articles (captions,
 * menus, labels, boilerplate) and that are not names. Only a name with no other evidence of what
 * it is (`Image Credit`, `Read More`) is dropped for them.
 */
export const COMMON_TITLE_WORDS = words(`
  Image Images Photo Photos Picture Pictures Video Videos Credit Credits Source Sources Courtesy File Representational
  Read More Also Share Follow Subscribe Sign Log Login Register Advertisement Sponsored Click Here Watch Listen
  Home Menu Left Right Top Bottom Back Next Previous Page Section Main Latest Breaking News Live Updates Update
  Key Points Highlights Takeaways Summary Details Note Notes Editor Editors Comment Comments Reply Leave Post Posts
  Related Stories Story Topics Tags Trending Popular Recommended Copyright Rights Reserved Terms Privacy Policy
  Joint Statement Statements Press Release Fact Sheet Readout Transcript Full Text Opinion Analysis Explained
  Global Regional National International Strategic Critical Emerging Defence Defense Security Trade Economic
  Cooperation Collaboration Partnership Relations Ties Talks Affairs Issues Technology Technologies Innovation
  Data Charts Widgets Metals Currency Markets Market Powered
`);

/** The last word of a name that says it names an organisation. */
export const ORGANISATION_HEADS = words(`
  Ministry Department Agency Service Services Navy Army Force Forces Corps Guard Command Council Committee
  Commission Board Bureau Office Authority Organisation Organization Institute Institution University College
  School Academy Foundation Trust Society Association Federation Union League Alliance Party Parliament
  Congress Senate Assembly Court Bank Fund Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited LLC PLC
  Group Holdings Industries Systems Solutions Technologies Technology Aerospace Dynamics Motors Electronics
  Laboratories Laboratory Labs Centre Center Times Post News Express Herald Tribune Journal
  Media Press Television TV Radio Shipyard Shipyards Works Enterprises Partners Embassy Consulate
  Secretariat Directorate Wing Regiment Battalion Brigade Division Fleet Squadron Endowment Sabha Parishad
  Samiti Sangh Nigam
`);

/** Head words that make a name a place. */
export const PLACE_HEADS = words(`
  Sea Ocean Bay Gulf Strait Straits Channel River Lake Island Islands Peninsula Mountains Mountain Hills
  Valley Desert Coast Province State States Territory District County City Town Village Region Pradesh
  Nadu Bengal Kingdom Republic Emirates Base Airbase Port Harbour Harbor Airport Square Street Road
  Cemetery Memorial Park Palace Fort Camp Garden Gardens Stadium Bridge Canal Dam Peak Plateau Highway
  Bhavan Bhawan Nagar Marg House Lodge Avenue Boulevard Lane Drive Plaza Terrace Station Airfield Cantonment
  Terminal Pier Wharf Quay Dockyard Shipyard
`);

/**
 * Buildings where guests are received, and the bases and stations they land at: such a word anywhere in a name makes
 * it a place (`Guest House Jamuna`, `Hotel Taj Palace`, `Joint Base Andrews`, `Air Force Station Yelahanka`).
 */
export const BUILDING_WORDS = words('House Palace Hotel Bhavan Bhawan Lodge Villa Mahal Base Airbase Station Airport Cantonment');

/** Words before a name that make it a military or security operation (`Operation Sindoor`): an event. */
export const OPERATION_WORDS = words('Operation Operations');

/** Letters after a person's name (`Pat Conroy MP`): honours, offices, degrees. Not part of the name. */
export const POSTNOMINALS = words(`
  MP MPs MLA MLC MEP MSP MHA QC KC SC AO AC AM OBE CBE KBE MBE PhD CSC DSC PVSM AVSM UYSM YSM SM VSM ADC
`);

/** A kind of thing written in lower case right after a name (`the Talisman Sabre exercise`), and the type it gives. */
export const KINDS_AFTER_NAME: ReadonlyMap<string, BuiltInEntityType> = new Map(
  (
    [
      ['exercise', 'exercise exercises drill drills'],
      ['agreement', 'agreement pact treaty accord'],
      ['event', 'summit conference dialogue'],
      ['initiative', 'initiative programme program project'],
      ['organisation', 'ministry company agency'],
    ] as const
  ).flatMap(([type, kinds]) => [...words(kinds)].map((kind) => [kind, type] as const)),
);

/** Words before a name that make it a place (`Camp Aguinaldo`, `Fort William`, `Mount Abu`, `Port Blair`). */
export const PLACE_PREFIXES = words(
  'Camp Fort Mount Mt Mt. Lake Port Cape Isle Point North South East West Northern Southern Eastern Western Central Middle',
);

/** Prefixes of ships' names (`INS Vikrant`, `USS Nimitz`): platforms, coloured as organisations. */
export const VESSEL_PREFIXES = words('INS USS USNS HMS HMAS HMCS HMNZS JS ROKS PNS BNS SLNS KRI RSS');

export const AGREEMENT_WORDS = words(`
  Agreement Agreements Treaty Pact Accord Accords Memorandum MoU Arrangement Framework Roadmap Protocol
  Convention Charter Declaration Understanding Annex
`);

export const INITIATIVE_WORDS = words(`
  Initiative Programme Program Project Mission Scheme Plan Partnership Ecosystem Network Fellowship Platform
  Strategy Policy Vision Compact
`);

export const EXERCISE_WORDS = words('Exercise Exercises Drill Drills Wargame Manoeuvres Maneuvers');

export const EVENT_WORDS = words(`
  Summit Meeting Meetings Dialogue Dialogues Conference Conclave Forum Visit Talks Session Ceremony Festival
  Expo Show Games Olympics War Election Elections Parade Day Week Roundtable Round-table Symposium Seminar
  Consultations Colloquium Retreat Congress
`);

/** Honorifics, ranks and offices that make the next words a person's name (`Minister KIHARA`, `Air Marshal Singh`). */
export const PERSON_TITLES = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Shri Smt Smt. Sri Datuk Dato Datin Tun Haji Hajjah Sir General Gen Gen. Admiral Colonel Col Col. Major Maj
  Maj. Captain Capt Capt. Lt Lt. Lieutenant Minister Secretary President Senator Ambassador Governor
  PM CM EAM CDS Sec Sec. Adm Adm. Sen Sen. Amb Amb. Pres Pres. Mantri Shrimati Kumari
  Commander Chairman Chairperson Director Spokesperson Spokesman Envoy Premier Chancellor Marshal Sergeant Sgt Sgt.
  Brigadier Brig Brig. Commodore Cdr Cdr. Professor Prof Prof. Hon Hon. Justice Judge Congressman Congresswoman
  Representative Rep Rep. Gov Gov. Honourable Honorable Hon'ble Excellency Commissioner Councillor Councilor
  CEO CFO COO CTO Founder Co-founder King Queen Prince Princess Crown Sheikh Emir Sultan President-elect
`);

/**
 * A word as the lexicon spells it, when written otherwise: in capitals (`SECRETARY`, `MR.`: transcripts'
 * speaker labels, Japanese releases) or as a hyphenated office (`Vice-Minister`, `Under-Secretary`:
 * read by its office). Other words are returned as they are.
 */
export function lexiconSpelling(word: string): string {
  // Most words are written as the lexicon spells them (`Minister`): a lower-case second letter and no hyphen.
  // (A one-letter word has no second letter: read as -1, as reading past the end deoptimises.)
  const second = word.length > 1 ? word.charCodeAt(1) : -1;
  if (second >= 0x61 && second <= 0x7a && !word.includes('-')) return word;
  if (word.length >= 2 && /^\p{Lu}+\.?$/u.test(word)) return word[0] + word.slice(1).toLowerCase();
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const office = word.slice(dash + 1);
    if (PERSON_TITLES.has(office) || OFFICE_WORDS.has(office)) return office;
  }
  return word;
}

/** Whether the word is in the set as written, or as the lexicon spells it (see lexiconSpelling). */
export function inLexicon(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  const spelled = lexiconSpelling(word);
  if (spelled === word) return false;
  // `SECRETARY OF DEFENSE`: a joiner in capitals is the joiner.
  return set.has(spelled) || (spelled.length <= 3 && set.has(spelled.toLowerCase()));
}
