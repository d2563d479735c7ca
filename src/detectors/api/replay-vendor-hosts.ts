/**
 * Hosts of session-replay vendors (signals.md §3.4, and the replay vendors on Blacklight's list),
 * as domain suffixes: a host matches when it equals an entry or ends with "." + entry. A recording
 * script served from one of these, or uploading to one, needs no further proof of uploads. Data,
 * not code: extend the list as vendors change hosts.
 */
export const REPLAY_VENDOR_DOMAINS: readonly string[] = [
  'hotjar.com', // Hotjar: static.hotjar.com, script.hotjar.com, in.hotjar.com
  'hotjar.io', // Hotjar: *.hotjar.io
  'fullstory.com', // FullStory: edge.fullstory.com/s/fs.js, rs.fullstory.com/rec/bundle
  'clarity.ms', // Microsoft Clarity: www.clarity.ms/tag/, *.clarity.ms/collect
  'lr-ingest.io', // LogRocket: cdn.lr-ingest.io, r.lr-ingest.io
  'lr-ingest.com', // LogRocket's older CDN
  'mouseflow.com', // Mouseflow: cdn.mouseflow.com
  'contentsquare.net', // Contentsquare: t.contentsquare.net
  'mc.yandex.ru', // Yandex Metrica Webvisor
  'mc.yandex.com',
  'smartlook.com', // Smartlook: web-sdk.smartlook.com, rec.smartlook.com
  'quantummetric.com', // Quantum Metric: cdn.quantummetric.com
  'luckyorange.com', // Lucky Orange: tools.luckyorange.com
  'luckyorange.net',
  'inspectlet.com', // Inspectlet: cdn.inspectlet.com
  'sessioncam.com', // SessionCam
  'decibelinsight.net', // Decibel
  'clicktale.net', // ClickTale (now Contentsquare)
  'visualwebsiteoptimizer.com', // VWO Insights recordings
];

/** Whether a lowercase host name belongs to a session-replay vendor. Never throws. */
export function isReplayVendorHost(host: string): boolean {
  if (typeof host !== 'string') return false;
  for (let i = 0; i < REPLAY_VENDOR_DOMAINS.length; i += 1) {
    const domain = REPLAY_VENDOR_DOMAINS[i]!;
    if (host === domain || endsWithLabel(host, domain)) return true;
  }
  return false;
}

/** host ends with "." + domain; written out because pages can replace String.prototype methods. */
function endsWithLabel(host: string, domain: string): boolean {
  const offset = host.length - domain.length;
  if (offset < 1 || host[offset - 1] !== '.') return false;
  for (let i = 0; i < domain.length; i += 1) if (host[offset + i] !== domain[i]) return false;
  return true;
}
