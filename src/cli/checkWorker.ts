// The CLI's analysis worker thread (dist/checkWorker.js): the analysis pool's loop, finishing each job
// into the report's text (checkReport.ts), so that formatting runs on every core too.

import { serveAnalysisJobs } from '../node/analysisWorkerLoop';
import { finishCheck } from './checkReport';

serveAnalysisJobs(finishCheck);
