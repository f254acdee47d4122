// V8's optimizing compiler (Turbofan) compiles the analysis anew in every thread that runs it (each worker
// thread is an isolate of its own): 2.5 s of compiling for the 10k articles of the bench corpus on one
// thread, as much again for each worker. With smaller inlining budgets it compiles the same functions in
// about half the time, and the compiled analysis runs within 2% as fast (measured with `node --trace-opt`
// over 10k articles: 2,478 → 1,303 ms of compiling; 10k articles on two workers 4.1–5.1 → 3.8–4.1 s wall,
// 7.2–9.0 → 6.7–7.2 s of CPU). Flags are process-wide: set before the pool's workers start, they hold for
// them and for this thread. `SEED_ANNOTATOR_V8_DEFAULT_INLINING=1` keeps V8's defaults (to compare).

import { setFlagsFromString } from 'node:v8';

const FLAGS = ['--max-inlined-bytecode-size=60', '--max-inlined-bytecode-size-cumulative=240'];

let tuned = false;

/** Sets the inlining budgets, once per process. */
export function tuneCompiler(): void {
  if (tuned || process.env.SEED_ANNOTATOR_V8_DEFAULT_INLINING === '1') return;
  tuned = true;
  for (const flag of FLAGS) setFlagsFromString(flag);
}
