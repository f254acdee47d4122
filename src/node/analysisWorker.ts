// The worker thread the language server starts (dist/analysisWorker.js): in the analysis pool, analyses
// come back as records, or for the index as index records (indexRecord.ts); started to compile an edited
// knowledge base (knowledgeBaseCompiler.ts), it compiles it and ends. The CLI's workers format its report
// instead (src/cli/checkWorker.ts).

import { serveAnalysisJobs } from './analysisWorkerLoop';
import { finishForIndex } from './indexRecord';
import { isCompileWorker, serveKnowledgeBaseCompile } from './knowledgeBaseCompiler';

if (isCompileWorker()) serveKnowledgeBaseCompile();
else serveAnalysisJobs(finishForIndex);
