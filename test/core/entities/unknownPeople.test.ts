// People the knowledge base does not know, recognised from the evidence the text gives: a title or
// office before the name (in capitals too), a speaker label, a byline, the office's organisation or
// portfolio before the name, a family name in capitals, a surname alone after the full name, an
// honorific before a name in Devanagari. And the knowledge base's own people in Devanagari, in either
// common spelling.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { devanagariVariant } from '../../../src/core/entities/nameText';
import { entity, found, indexOf, SMALL_KB } from './entityFixture';

const people = (text: string) => found(text).filter((line) => / \? person|~|= (rajnath|lloyd|narendra|manmohan|pete)/.test(line));

describe('people the KB does not know', () => {
  test('a title before one word names a person by their surname, quietly (there is no full name to add to the KB)', () => {
    assert.deepEqual(people('Prime Minister Albanese arrived. Mr Conroy and Air Marshal Kapoor met him.'), [
      'Albanese ? person (quiet)',
      'Conroy ? person (quiet)',
      'Kapoor ? person (quiet)',
    ]);
  });

  test('a surname several KB people share, after a title, is a person the KB cannot tell: `Minister Singh`', () => {
    assert.deepEqual(people('Thank you, Minister Singh, for your hospitality.'), ['Singh ? person (quiet)']);
  });

  test('a family name with its Arabic article is part of the name (`al-Sisi`); a Malaysian honorific is a title (`Datuk Seri`)', () => {
    assert.deepEqual(people('Modi held talks with Egypt’s Abdel Fattah al-Sisi in Cairo.'), [
      'Modi ~ narendra-modi',
      'Abdel Fattah al-Sisi ? person',
    ]);
    assert.deepEqual(people('Defence Minister Datuk Seri Mohamed Khaled Nordin spoke.'), ['Mohamed Khaled Nordin ? person']);
  });

  test('a title before an ordinary word names no one: `Minister Said`, `Chief Guest`', () => {
    assert.deepEqual(people('The Chief Guest was late. The Minister Had said nothing, and the minister had left.'), []);
  });

  test('titles in capitals and with their dot are titles: transcripts’ speaker labels are people', () => {
    assert.deepEqual(
      people('SECRETARY AUSTIN: Thank you.\nMR. MILLER: Good afternoon.\nMODERATOR: Next question.\nQ: When?\nMINISTER SINGH: Soon.'),
      ['AUSTIN ~ lloyd-austin', 'MILLER ? person (quiet)', 'SINGH ? person (quiet)'],
    );
    assert.deepEqual(people('Mr. Miller said so.'), ['Miller ? person (quiet)']);
  });

  test('a surname in capitals stands for the person named before: `SINGH` after `Rajnath Singh`', () => {
    assert.deepEqual(people('Rajnath Singh arrived.\nMINISTER SINGH: Thank you.'), [
      'Rajnath Singh = rajnath-singh',
      'SINGH ~ rajnath-singh',
    ]);
  });

  test('a hyphenated office is an office: `Parliamentary Vice-Minister of Defense MATSUMOTO Hisashi`', () => {
    assert.deepEqual(people('Parliamentary Vice-Minister of Defense MATSUMOTO Hisashi attended.'), ['MATSUMOTO Hisashi ? person']);
  });

  test('a family name in capitals comes back alone, in capitals or not', () => {
    assert.deepEqual(people('Minister of Defense KIHARA Minoru met him. Minister KIHARA stated this. Kihara added that.'), [
      'KIHARA Minoru ? person',
      'KIHARA ? person (quiet)',
      'Kihara ? person (quiet)',
    ]);
  });

  test('a name opening the text or a line is read like any other (no byline to look back at)', () => {
    assert.deepEqual(people('Greg Moriarty spoke.\nPat Conroy agreed.'), ['Greg Moriarty ? person', 'Pat Conroy ? person']);
  });

  test('a byline names a person, even in a headline-like line (listed quietly there) or on the header line', () => {
    assert.deepEqual(people('Reporting by Krishn Kaushik; Editing by Raju Gopalakrishnan'), [
      'Krishn Kaushik ? person (quiet)',
      'Raju Gopalakrishnan ? person (quiet)',
    ]);
    assert.deepEqual(found(' date 2024-10-17 By Krishn Kaushik\nBody.\n', undefined, { firstLineIsHeader: true }), [
      'Krishn Kaushik ? person (quiet)',
    ]);
  });

  test('the office’s organisation before the name is cut off: `Secretary of the Department of Defence Greg Moriarty`', () => {
    assert.deepEqual(found('He met the Secretary of the Department of Defence Greg Moriarty.'), [
      'Department of Defence ? organisation',
      'Greg Moriarty ? person',
    ]);
  });

  test('what follows an office’s `for` is its portfolio, unless a name ends the run', () => {
    assert.deepEqual(found('Minister for the Armed Forces Sébastien Lecornu received him.'), [
      'Armed Forces ? organisation',
      'Sébastien Lecornu ? person',
    ]);
    assert.deepEqual(people('The Minister for Defence Industry, the Hon Pat Conroy MP, spoke.'), ['Pat Conroy ? person']);
  });

  test('suffixes keep their dot, and letters after a name are not part of it', () => {
    assert.deepEqual(people('Secretary Gilberto Teodoro Jr. spoke. Hon Pat Conroy MP agreed.'), [
      'Gilberto Teodoro Jr. ? person',
      'Pat Conroy ? person',
    ]);
  });

  test('someone who shares a given or family name with a person named before is another person', () => {
    assert.deepEqual(people('Minister Kim Yong-hyun met him. Vice Minister Kim Seon-ho attended. Minister Kim spoke.'), [
      'Kim Yong-hyun ? person',
      'Kim Seon-ho ? person',
      'Kim ? person (quiet)',
    ]);
    assert.deepEqual(people('Minister Bill Blair spoke. Deputy Minister Bill Matthews agreed.'), [
      'Bill Blair ? person',
      'Bill Matthews ? person',
    ]);
  });

  test('a kind of thing in lower case right after a name says what it is: `the Talisman Sabre exercise`', () => {
    assert.deepEqual(found('We talked about the Talisman Sabre exercise and the Pacific Reach agreement.'), [
      'Talisman Sabre ? exercise',
      'Pacific Reach ? agreement',
    ]);
  });

  test('a list item is title case by nature: a person after a title there is listed quietly', () => {
    assert.deepEqual(
      people('They met:\n- Singaporean Minister for Defence Dr Ng Eng Hen\n- Philippine Secretary of National Defense Gilberto Teodoro'),
      ['Ng Eng Hen ? person (quiet)', 'Gilberto Teodoro ? person (quiet)'],
    );
  });

  test('an office after a name and a comma is theirs: what follows it is no new person', () => {
    assert.deepEqual(people('He called on Commodore Philip Polewara, Commander of the PNG Defence Force Maritime Element, on Monday.'), [
      'Philip Polewara ? person',
    ]);
  });

  test('…but a name after a name and a comma, with the list going on, is another person: `Lloyd Austin, Penny Wong and Yoko Kamikawa`', () => {
    assert.deepEqual(
      people('The ministers, Lloyd Austin, Penny Wong and Yoko Kamikawa, met. So did Lloyd Austin, Marise Payne, Yoko Kamikawa.'),
      [
        'Lloyd Austin = lloyd-austin',
        'Penny Wong ? person',
        'Yoko Kamikawa ? person',
        'Lloyd Austin = lloyd-austin',
        'Marise Payne ? person',
        'Yoko Kamikawa ? person (quiet)',
      ],
    );
  });

  test('what an office is of is no person: `the President of UAE, His Highness Sheikh Mohamed bin Zayed Al Nahyan`', () => {
    assert.deepEqual(people('He was received by the President of UAE, His Highness Sheikh Mohamed bin Zayed Al Nahyan.'), [
      'Mohamed bin Zayed Al Nahyan ? person',
    ]);
  });

  test('a speaker label in capitals: its joiners are joiners (`SECRETARY OF DEFENSE`), no name of their own', () => {
    assert.deepEqual(people('SECRETARY OF DEFENSE PETE HEGSETH: Good afternoon.'), ['PETE HEGSETH = pete-hegseth']);
  });

  test('royal titles are titles: `Foreign Minister of Saudi Arabia Prince Faisal bin Farhan`', () => {
    assert.deepEqual(people('He met Foreign Minister of Saudi Arabia Prince Faisal bin Farhan in New York.'), [
      'Faisal bin Farhan ? person',
    ]);
  });

  test('a compass word before a name makes it a place: `West Asia`, `South Block`', () => {
    assert.deepEqual(found('They discussed the situation in West Asia at South Block.'), ['West Asia ? place', 'South Block ? place']);
  });

  test('a word before a name can make it a place: `Camp Aguinaldo`, `Port Blair`', () => {
    assert.deepEqual(found('They met at Camp Aguinaldo and later at Port Blair.'), ['Camp Aguinaldo ? place', 'Port Blair ? place']);
  });

  test('plain words right after `in` or `at` name a place, not a person: `in Abu Dhabi` (but `in Le Drian’s absence`)', () => {
    assert.deepEqual(found('Talks were held in Abu Dhabi.'), ['Abu Dhabi ? place']);
    assert.deepEqual(found('He called on the Prime Minister at Singha Durbar.'), ['Singha Durbar ? place']);
    assert.deepEqual(people('Nothing moved in Olaf Brenner’s absence.'), ['Olaf Brenner ? person']);
  });

  test('…and after `on` unless someone is called on: `on Capitol Hill` is no person, `called on Mark Warner` is', () => {
    assert.deepEqual(people('Meetings on Capitol Hill followed.'), []);
    assert.deepEqual(people('The ambassador called on Mark Warner.'), ['Mark Warner ? person']);
  });

  test('a building word in a name makes it a place: `Guest House Jamuna`', () => {
    assert.deepEqual(found('He was received at the Guest House Jamuna.'), ['Guest House Jamuna ? place']);
  });

  test('`Federal Councillor` is an office: `Swiss Federal Councillor Ignazio Cassis` names Ignazio Cassis', () => {
    assert.deepEqual(people('He met Swiss Federal Councillor Ignazio Cassis.'), ['Ignazio Cassis ? person']);
  });

  test('a hyphenated given name is a name word: `Jean-Yves Le Drian`; `President-elect` is a title', () => {
    assert.deepEqual(people('Jean-Yves Le Drian spoke.'), ['Jean-Yves Le Drian ? person']);
    assert.deepEqual(people('President-elect Prabowo spoke.'), ['Prabowo ? person (quiet)']);
  });
});

describe('Devanagari names', () => {
  test('a nasal written as an anusvara or as the class nasal with a virama is one spelling', () => {
    assert.equal(devanagariVariant('नरेंद्र मोदी'), 'नरेन्द्र मोदी');
    assert.equal(devanagariVariant('नरेन्द्र मोदी'), 'नरेंद्र मोदी');
    assert.equal(devanagariVariant('चंपा'), 'चम्पा');
    assert.equal(devanagariVariant('संसद'), undefined, 'before a sibilant the anusvara stays');
    assert.equal(devanagariVariant('Modi'), undefined);
  });

  test('a person the KB does not know is the words between an honorific and a postposition', () => {
    assert.deepEqual(
      found('इस अवसर पर रक्षा सचिव श्री राजेश कुमार सिंह भी उपस्थित थे। श्रीमती अनीता शर्मा ने कहा। श्री मोदी और डॉ. एस. जयशंकर ने भी।'),
      ['राजेश कुमार सिंह ? person', 'अनीता शर्मा ? person', 'मोदी ? person (quiet)', 'एस. जयशंकर ? person'],
    );
  });

  test('an honorific before more words than a name has, or before a KB name, adds no one', () => {
    assert.deepEqual(found('श्री राम मंदिर निर्माण ट्रस्ट परिसर की बैठक हुई।'), []);
    const index = indexOf([SMALL_KB, ...entity('rajnath-hi', 'राजनाथ सिंह', 'person')].join('\n'));
    assert.deepEqual(found('रक्षा मंत्री श्री राजनाथ सिंह ने कहा।', index), ['राजनाथ सिंह = rajnath-hi']);
  });

  test('a KB name in Devanagari is found in either spelling', () => {
    const index = indexOf([SMALL_KB, ...entity('modi-hi', 'नरेंद्र मोदी', 'person')].join('\n'));
    assert.deepEqual(found('प्रधानमंत्री नरेन्द्र मोदी ने कहा। नरेंद्र मोदी ने', index), ['नरेन्द्र मोदी = modi-hi', 'नरेंद्र मोदी = modi-hi']);
  });
});
