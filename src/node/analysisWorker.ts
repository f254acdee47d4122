// The worker thread of the analysis pool as the language server starts it (dist/analysisWorker.js):
// analyses come back as records, or for the index as index records (indexRecord.ts). The CLI's workers
// format its report instead (src/cli/checkWorker.ts).

import { serveAnalysisJobs } from './analysisWorkerLoop';
import { finishForIndex } from './indexRecord';

serveAnalysisJobs(finishForIndex);
