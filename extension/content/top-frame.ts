/**
 * ISOLATED-world content script of the top frame only, injected at document_idle: the page scan
 * (./page-scan.ts) and the answer to the popup's anonymous comparison (./page-view.ts). Apart
 * from the every-frame script (./index.ts) so that sub-frames (ads, widgets, about:blank frames)
 * never load the detectors and their phrase tables, and the top frame evaluates them after
 * parsing, not before it.
 */
import { sendToWorker } from './runtime';
import { scanPageWhenIdle } from './page-scan';
import { answerPageViewRequests } from './page-view';

scanPageWhenIdle(sendToWorker);

answerPageViewRequests();
