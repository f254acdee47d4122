// Which files are seed articles, and that the core's rules agree with package.json's language contribution.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HEADER_FIRST_LINE, isSeedArticlePath, isSeedExtension, looksLikeSeedArticle } from '../../src/core/seedFiles';

interface LanguageContribution {
  readonly id: string;
  readonly extensions: string[];
  readonly filenamePatterns: string[];
  readonly firstLine: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const language: LanguageContribution = manifest.contributes.languages[0];

const headerLike = [
  ' date 2024-11-22 Left Menu',
  ' date 2024-11-22',
  '\uFEFF date 2024-11-22 Left Menu',
  'date 2024-11-22 Left Menu',
  '\uFEFFdate 2024-11-22',
  ' date 22/11/2024',
  ' date 20241122',
  '\tdate 2024-11-22',
  ' date  2024-11-22',
  '  date 2024-11-22',
  'Date: 2024-11-22 Left Menu',
  'DATE 2024-11-22',
];
const notHeaderLike = [
  '',
  'newshots banner',
  'Dated yesterday',
  'Date of the visit was kept secret',
  'dated 2024-11-22',
  ' date YYYY-MM-DD',
  ' date Nov 22, 2024',
  'x date 2024-11-22',
  'date2024-11-22',
  'Date: none given',
  '2024-11-22',
];

describe("package.json's language contribution", () => {
  test('contributes the seed language for .seed files and .txt files under seeds/', () => {
    assert.equal(language.id, 'seed');
    assert.deepEqual(language.extensions, ['.seed']);
    assert.deepEqual(language.filenamePatterns, ['**/seeds/**/*.txt']);
  });

  test('reads like prose by default: wrapped lines, no word suggestions popping up, no boxes around no-break spaces and curly quotes', () => {
    assert.deepEqual(manifest.contributes.configurationDefaults['[seed]'], {
      'editor.wordWrap': 'on',
      'editor.quickSuggestions': { comments: 'off', strings: 'off', other: 'off' },
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.invisibleCharacters': false,
    });
  });

  test('its firstLine regex is the source of HEADER_FIRST_LINE', () => {
    assert.equal(language.firstLine, HEADER_FIRST_LINE.source);
  });

  test('its firstLine regex and looksLikeSeedArticle accept and reject the same sample lines', () => {
    const firstLine = new RegExp(language.firstLine);
    for (const line of [...headerLike, ...notHeaderLike]) {
      assert.equal(firstLine.test(line), looksLikeSeedArticle(line), JSON.stringify(line));
    }
  });
});

describe('seed articles by content', () => {
  test('a first line that starts like a date header, canonical or a near miss, makes a seed article', () => {
    for (const line of headerLike) assert.equal(looksLikeSeedArticle(line), true, JSON.stringify(line));
  });

  test('prose, an empty first line and a placeholder header do not', () => {
    for (const line of notHeaderLike) assert.equal(looksLikeSeedArticle(line), false, JSON.stringify(line));
  });
});

describe('seed articles by path', () => {
  test('a .seed file is a seed article anywhere', () => {
    assert.equal(isSeedExtension('notes/a.seed'), true);
    assert.equal(isSeedExtension('notes/a.SEED'), true);
    assert.equal(isSeedExtension('notes/a.seed.txt'), false);
    assert.equal(isSeedArticlePath('/home/me/notes/a.seed'), true);
  });

  test('a .txt file under a seeds folder, at any depth, is a seed article', () => {
    for (const path of [
      'seeds/000_a99d1e6f017bd13f.txt',
      '/work/main/seeds/000.txt',
      'corpus/seeds/2024/11/a.txt',
      'C:\\corpus\\seeds\\a.txt',
      'corpus/Seeds/a.TXT',
    ]) {
      assert.equal(isSeedArticlePath(path), true, path);
    }
  });

  test('other files are not, even under seeds or in a folder whose name ends in "seeds"', () => {
    for (const path of ['seeds/readme.md', 'seeds/a.txt.bak', 'notes/a.txt', 'myseeds/a.txt', 'seeds.txt', 'seeds/', 'seedsx/a.txt']) {
      assert.equal(isSeedArticlePath(path), false, path);
    }
  });
});
