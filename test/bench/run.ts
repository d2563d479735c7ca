/**
 * `npm run bench`: every benchmark, each printing median and p99 and the ratio against its
 * baseline measured side by side in the same run. Benchmarks report; tests check behaviour.
 */
import { benchRequestClassification } from './request-classification';

await benchRequestClassification();
