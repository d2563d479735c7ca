/**
 * `npm run bench`: every benchmark, each printing median and p99 and the ratio against its
 * baseline measured side by side in the same run. Benchmarks report; tests check behaviour.
 * The page-scan and UI-render benchmarks run the built extension (npm run build first).
 */
import { benchPageScan } from './page-scan';
import { benchReportAggregate } from './report-aggregate';
import { benchRequestClassification } from './request-classification';
import { benchUiRender } from './ui-render';

await benchRequestClassification();
await benchPageScan();
await benchUiRender();
await benchReportAggregate();
await (await import('./export')).benchExport();
