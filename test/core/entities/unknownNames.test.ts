// Capitalised names the knowledge base does not know: found with a guessed type, hinted at outside
// the header's scraper text, and not confused with headlines, headings, labels or page furniture.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../../src/core';
import { guessType } from '../../../src/core/entities/guessType';
import { found, foundOfKind, indexOf } from './entityFixture';

const unknown = (text: string, options = {}) => foundOfKind('unknown', text, undefined, options);

describe('unknown names and their guessed type', () => {
  test('two or three plain capitalised words are most likely a person', () => {
    assert.deepEqual(unknown('The talks were led by Elbridge Colby in Washington.'), ['Elbridge Colby ? person']);
  });

  test('a title in front makes a person, and is not part of the name', () => {
    assert.deepEqual(unknown('He met Gen. Anil Chauhan and Prime Minister Anthony Albanese.'), [
      'Anil Chauhan ? person',
      'Anthony Albanese ? person',
    ]);
    assert.deepEqual(unknown('Chief of Naval Staff Admiral Dinesh Tripathi spoke.'), ['Dinesh Tripathi ? person']);
  });

  test('the name starts after the last office or rank in a run, whatever stands before it', () => {
    assert.deepEqual(
      unknown('Australian Deputy Prime Minister Richard Marles and Philippine Armed Forces Chief General Romeo Brawner spoke.'),
      ['Richard Marles ? person', 'Romeo Brawner ? person'],
    );
    assert.deepEqual(foundOfKind('unknown', 'Richard Marles spoke. Australian Deputy Prime Minister Marles said more.'), [
      'Richard Marles ? person',
      'Marles ? person (quiet)',
    ]);
  });

  test('a word shared with a known person’s name makes a person: `Mayank Singh`', () => {
    assert.deepEqual(unknown('By Mayank Singh'), ['Mayank Singh ? person']);
  });

  test('the head word tells the kind of thing: organisation, place, agreement, initiative, event, exercise', () => {
    assert.deepEqual(
      unknown(
        'Reports by Express News Service. Ships sailed the Bay of Bengal under the Basic Exchange and Cooperation Agreement, ' +
          'part of the Maritime Initiative for Training, before the Raisina Dialogue and Exercise Yudh Abhyas.',
      ),
      [
        'Express News Service ? organisation',
        'Bay of Bengal ? place',
        'Basic Exchange and Cooperation Agreement ? agreement',
        'Maritime Initiative for Training ? initiative',
        'Raisina Dialogue ? event',
        'Exercise Yudh Abhyas ? exercise',
      ],
    );
  });

  test('a word before the name can say what it is: `Operation Sindoor` (event), `INS Vikrant` (a ship, coloured as an organisation)', () => {
    assert.deepEqual(unknown('After Operation Sindoor, the carrier INS Vikrant sailed to the Lok Sabha’s praise.'), [
      'Operation Sindoor ? event',
      'INS Vikrant ? organisation',
      'Lok Sabha ? organisation',
    ]);
  });

  test('a head word before `of` counts too: `Department of Science and Technology`, `Memorandum of Understanding`', () => {
    assert.deepEqual(unknown('The Department of Science and Technology signed a Memorandum of Understanding.'), [
      'Department of Science and Technology ? organisation',
      'Memorandum of Understanding ? agreement',
    ]);
  });

  test('a head word before `for` counts too: `Carnegie Endowment for International Peace`', () => {
    assert.deepEqual(unknown('Analysts at the Carnegie Endowment for International Peace agreed.'), [
      'Carnegie Endowment for International Peace ? organisation',
    ]);
  });

  test('`and` joins two names unless what follows ends the name of an organisation', () => {
    assert.deepEqual(unknown('Defence Research and Development Organisation scientists met.'), [
      'Defence Research and Development Organisation ? organisation',
    ]);
    assert.deepEqual(unknown('Both Elbridge Colby and Kurt Campbell agreed.'), ['Elbridge Colby ? person', 'Kurt Campbell ? person']);
  });

  test('`and` between two complete names, or before `the`, never joins them', () => {
    assert.deepEqual(unknown('The Australian Defence Force and the Indonesian Armed Forces will train.'), [
      'Australian Defence Force ? organisation',
      'Indonesian Armed Forces ? organisation',
    ]);
    assert.deepEqual(unknown('The Royal Navy and Japan Coast Guard met.'), [
      'Royal Navy ? organisation',
      'Japan Coast Guard ? organisation',
    ]);
  });

  test('`of the` between a name and the complete name of an organisation separates them; after a head word it joins', () => {
    assert.deepEqual(unknown('Tanvi Madan of the Brookings Institution wrote.'), [
      'Tanvi Madan ? person',
      'Brookings Institution ? organisation',
    ]);
    assert.deepEqual(unknown('The Ministry of the Interior signed the Treaty of the Pacific Ocean.'), [
      'Ministry of the Interior ? organisation',
      'Treaty of the Pacific Ocean ? agreement',
    ]);
  });

  test('`&` is part of a name: `Larsen & Toubro Limited`', () => {
    assert.deepEqual(unknown('Larsen & Toubro Limited won the order.'), ['Larsen & Toubro Limited ? organisation']);
  });

  test('known names of places and organisations right before a head word make one new name that holds them', () => {
    const [army, partnership] = foundOfKind(
      'unknown',
      'The Pakistan Army watched the U.S.-India Major Defense Partnership grow.',
      indexOf(),
    );
    assert.equal(army, 'Pakistan Army ? organisation');
    assert.equal(partnership, 'U.S.-India Major Defense Partnership ? initiative');
    const mentions = found('The Pakistan Army and the US Department of Defense.');
    assert.deepEqual(mentions, ['Pakistan Army ? organisation', 'US Department of Defense ? organisation']);
    assert.deepEqual(found('The US Navy and the Philippine Navy sailed.'), ['US Navy = us-navy', 'Philippine Navy ? organisation']);
  });

  test('the known names inside such a name are listed with it', () => {
    const analysis = analyzeArticle(' date 2025-01-01 x\nThe US Department of Defense spoke.', {
      now: new Date('2026-01-01'),
      entities: indexOf(),
    });
    const [dod] = analysis.entities;
    assert.deepEqual(
      dod.inner?.map((m) => `${m.text} = ${m.entity?.id}`),
      ['US = united-states'],
    );
  });

  test('a known place and a bare geographic word is still the place: `Indo-Pacific Region`', () => {
    assert.deepEqual(found('Peace in the Indo-Pacific Region matters.'), ['Indo-Pacific = indo-pacific']);
  });

  test('a person is not the head of a new name: `Rajnath Singh Committee` keeps Rajnath Singh', () => {
    assert.deepEqual(found('Rajnath Singh Committee').slice(0, 1), ['Rajnath Singh = rajnath-singh']);
  });

  test('sentence openers and weekdays are not part of a name', () => {
    assert.deepEqual(unknown('The Raisina Dialogue opened. On Monday Elbridge Colby spoke.'), [
      'Raisina Dialogue ? event',
      'Elbridge Colby ? person',
    ]);
  });

  test('an office alone is not a name: `Secretary of State`, `Union Cabinet`', () => {
    assert.deepEqual(unknown('He met the Secretary of State and the Union Cabinet.'), []);
  });

  test('a single capitalised word is not reported', () => {
    assert.deepEqual(unknown('Hegseth said Washington agreed.'), []);
  });

  test('a brand with a capital inside counts: `nFusion Solutions`', () => {
    assert.deepEqual(unknown('He has worked at nFusion Solutions for years.'), ['nFusion Solutions ? organisation']);
    assert.deepEqual(unknown('Precious Metals Data, Currency Data, Charts, and Widgets Powered by nFusion Solutions'), [
      'nFusion Solutions ? organisation (quiet)',
    ]);
  });

  test('guessType: the evidence flag says whether anything pointed at the type', () => {
    assert.deepEqual(guessType({ words: ['Elbridge', 'Colby'], titled: false, sharesPersonName: false }), {
      type: 'person',
      evidence: false,
    });
    assert.deepEqual(guessType({ words: ['Elbridge', 'Colby'], titled: true, sharesPersonName: false }), {
      type: 'person',
      evidence: true,
    });
    assert.deepEqual(guessType({ words: ['Quad', 'Indo-Pacific', 'Logistics', 'Network'], titled: false, sharesPersonName: false }), {
      type: 'initiative',
      evidence: true,
    });
    assert.deepEqual(guessType({ words: ['Alpha', 'Beta', 'Gamma', 'Delta'], titled: false, sharesPersonName: false }), {
      type: 'organisation',
      evidence: false,
    });
  });
});

describe('what is not an unknown name', () => {
  test('nothing on the header line is hinted at; names there with evidence are listed quietly, the rest dropped', () => {
    const options = { firstLineIsHeader: true };
    assert.deepEqual(unknown(' date 2024-11-22 Left Menu', options), []);
    assert.deepEqual(unknown(' date 2023-11-11 Mayank Singh By', options), ['Mayank Singh ? person (quiet)']);
    const analysis = analyzeArticle(' date 2023-11-11 Mayank Singh By\n\nExpress News Service reports.', {
      now: new Date('2026-01-01'),
      entities: indexOf(),
    });
    assert.deepEqual(
      analysis.problems.map((p) => `${p.code} ${p.range.start.line}`),
      ['unknown-entity 2'],
    );
  });

  test('headline-like lines (most words capitalised) give no unknown names, but known names and misspellings still count', () => {
    const text =
      'Transforming Global Development Through Low-Carbon Innovation and Inclusive Policies\nStrengthening Bonds: India and US Propel Llyod Austin Forward';
    assert.deepEqual(found(text), ['India = india', 'US = united-states', 'Llyod Austin ! lloyd-austin → Lloyd Austin']);
  });

  test('run-in headings and labels followed by a colon are not names', () => {
    assert.deepEqual(
      unknown('Key Discussion Points:\nFramework for Cooperation: Both ministers agreed.\nAreas of Collaboration: land and sea.'),
      [],
    );
    assert.deepEqual(unknown('Rajnath Singh met him. (Photo/ ANI). Image Credit: ANI'), []);
  });

  test('a name followed by a colon inside a sentence is still a name', () => {
    assert.deepEqual(unknown('He quoted Elbridge Colby: peace matters.'), ['Elbridge Colby ? person']);
  });

  test('page furniture in title case is not a name: `Privacy Policy`, `Joint Statement`, `Read More`', () => {
    assert.deepEqual(unknown('See the Privacy Policy and the Joint Statement here. Read More Stories below.'), []);
  });

  test('an office is not a person: `Liaison Officers`', () => {
    assert.deepEqual(unknown('a Memorandum of Agreement regarding the deployment of Liaison Officers'), [
      'Memorandum of Agreement ? agreement',
    ]);
  });

  test('an abstract noun where a surname would stand makes no person: `Maritime Domain Awareness`', () => {
    assert.deepEqual(unknown('- Maritime Domain Awareness\n- Supply Chain Resilience'), []);
  });

  test('a day after a name is not part of it, nor an honorific or an office at its end', () => {
    assert.deepEqual(unknown('He will meet Chief Minister Mohan Charan Majhi on Jan 17 and visit the port.'), [
      'Mohan Charan Majhi ? person',
    ]);
    // (`Secretary of War Mr Pete Hegseth` once made a person `War Mr`; `Deputy Secretary of War Steve Feinberg` one `War Steve Feinberg`.)
    assert.deepEqual(unknown('He met Secretary of War Mr Pete Hegseth.'), []);
    assert.deepEqual(unknown('He met Deputy Secretary of War Steve Feinberg.'), ['Steve Feinberg ? person']);
  });

  test('streets, stations and bases are places, not people', () => {
    assert.deepEqual(unknown('They met at Blair House, across Pennsylvania Avenue, and flew out of Joint Base Andrews.'), [
      'Blair House ? place',
      'Pennsylvania Avenue ? place',
      'Joint Base Andrews ? place',
    ]);
  });

  test('capitalised ordinary words are not a person when the article also writes the last one in lower case', () => {
    assert.deepEqual(unknown('Growing Markets are growing. We discussed Critical Minerals and other minerals.'), []);
  });
});
