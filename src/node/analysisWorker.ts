// The worker thread of the analysis pool as the language server starts it (dist/analysisWorker.js):
// analyses come back as records. The CLI's workers also format its report (src/cli/checkWorker.ts).

import { serveAnalysisJobs } from './analysisWorkerLoop';

serveAnalysisJobs();
