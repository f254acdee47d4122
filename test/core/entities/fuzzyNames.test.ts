import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FuzzyNames } from '../../../src/core/entities/fuzzyNames';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('a misspelt name is answered with the one nearest KB name, and again from what was worked out', () => {
  const names = new FuzzyNames([{ name: 'Rajnath Singh', value: 'rajnath' }]);
  assert.equal(names.nearest('Rajnath Sing')?.entry.value, 'rajnath');
  assert.equal(names.nearest('Rajnath Sing')?.entry.value, 'rajnath');
  assert.equal(names.nearest('Lloyd Austin'), undefined);
});

test('the answers kept do not keep the articles they were asked from alive', () => {
  const names = new FuzzyNames([{ name: 'Rajnath Singh', value: 'rajnath' }]);
  const heapAfter = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = heapAfter();
  for (let i = 0; i < 200; i++) {
    // A flat text of 100 KB, as read from a file, and a phrase of it as the recogniser slices it.
    const article = JSON.parse(JSON.stringify(`Defence Minister Rajnath Sinhg ${i} met his counterpart. `.repeat(1800))) as string;
    const start = article.indexOf('Rajnath');
    names.nearest(article.slice(start, start + 'Rajnath Sinhg'.length + String(i).length + 1));
  }
  const grown = heapAfter() - before;
  // 200 articles of 100 KB are 20 MB (40 MB as UTF-16); the answers themselves are a few kilobytes.
  assert.ok(grown < 5e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB`);
});
