// Prints how well entity recognition does on the sample articles against the hand-checked gold
// annotations: precision and recall per file and category (people, organisations, places), then
// every difference. Run: node --import tsx scripts/score-entities.ts
// The scoring rules are documented in test/core/entities/goldScoring.ts.

import { formatScore, scoreSamples } from '../test/core/entities/goldScoring';

console.log(formatScore(scoreSamples()));
