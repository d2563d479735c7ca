/**
 * `npm run bench`: every benchmark, each printing median and p99 and the ratio against its
 * baseline measured side by side in the same run. Benchmarks report; tests check behaviour.
 * The page-scan benchmark runs the built extension (npm run build first).
 */
import { benchPageScan } from './page-scan';
import { benchRequestClassification } from './request-classification';

await benchRequestClassification();
await benchPageScan();
