// The soak's traffic mix: each route gets its own autocannon instance (so its own latency histogram), a
// request rate and a `next()` that varies the request. Rates are per second, scaled by SOAK_RATE_SCALE.
import { readFileSync } from 'node:fs';

// Filter values come from the spec, so the mix follows the API when an enum changes.
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const listParams = Object.fromEntries(spec.paths['/api/energy/telemetry'].get.parameters.map((p) => [p.name, p.schema?.enum ?? []]));
const STATUSES = listParams.status;
const REGIONS = listParams.region;
const KINDS = listParams.kind;
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Share of listings with `search`: it scans every meter id on the HTTP thread, so it is the costly filter. */
const SEARCH_SHARE = Number(process.env.SOAK_SEARCH_SHARE ?? 0.1);

let meterCount = 1_000_000;
const meterId = () => `MTR-${String(1 + Math.floor(Math.random() * meterCount)).padStart(7, '0')}`;

const questions = JSON.parse(readFileSync(new URL('../eval/compliance-eval.json', import.meta.url), 'utf8')).inScope.map((q) => q.question);

export const SOAK_REAL_METERS = 20_000;

/** Readings with increasing timestamps: each batch is 1,000 to 10,000 readings, one millisecond apart. */
let clock = Date.now() - 60_000;
function readingsBatch() {
  const size = 1_000 + Math.floor(Math.random() * 9_001);
  const start = 1 + Math.floor(Math.random() * Math.max(1, meterCount - size));
  const readings = new Array(size);
  for (let i = 0; i < size; i++) {
    clock = Math.min(clock + 1, Date.now());
    // Real meters of their own (SM-n): simulated ids are refused for readings.
    readings[i] = { meterId: `SM-${(start + i) % SOAK_REAL_METERS}`, timestamp: new Date(clock).toISOString(), powerKw: Math.round(Math.random() * 5000) / 1000, voltageV: 228 + Math.random() * 6 };
  }
  return JSON.stringify({ readings });
}

function listingPath() {
  const params = new URLSearchParams({ top: String(pick([10, 100, 100, 100, 1000])) });
  if (Math.random() < 0.3) params.set('status', pick(STATUSES));
  if (Math.random() < 0.3) params.set('region', pick(REGIONS));
  if (Math.random() < 0.2) params.set('kind', pick(KINDS));
  if (Math.random() < SEARCH_SHARE) params.set('search', String(Math.floor(Math.random() * 1000)).padStart(3, '0'));
  if (Math.random() < 0.3 && nextLinks.length) return nextLinks[Math.floor(Math.random() * nextLinks.length)];
  return `/api/energy/telemetry?${params}`;
}

/** A 2 KB memo in plain text or HTML, as an operator would upload one: uploads are part of the mix (issue 12). */
const MEMO_WORDS = ['feeder', 'transformer', 'audit', 'heat', 'pump', 'substation', 'efficiency', 'tariff', 'flexibility', 'meter', 'load', 'peak', 'district', 'heating', 'savings', 'report'];
let memoNumber = 0;
function memoUpload() {
  memoNumber += 1;
  const words = Array.from({ length: 300 }, () => pick(MEMO_WORDS)).join(' ');
  const html = memoNumber % 2 === 0;
  const content = html ? `<html><body><h1>Memo ${memoNumber}</h1><p>${words}.</p></body></html>` : `Memo ${memoNumber}\n\n${words}.`;
  return JSON.stringify({ title: `Soak memo ${memoNumber}`, content, contentType: html ? 'text/html' : 'text/plain' });
}

/** Continuation links of real first pages, so paging deep into the store is part of the mix. */
const nextLinks = [];

export const ROUTES = [
  {
    name: 'GET telemetry (filters, paging)',
    method: 'GET',
    rate: 20,
    connections: 4,
    async prepare(base, headers) {
      const summary = await (await fetch(`${base}/api/energy/summary?historyPoints=0`, { headers })).json();
      if (typeof summary.meterCount === 'number') meterCount = summary.meterCount;
      for (const query of ['top=1000', 'top=100&status=normal', 'top=500&region=north']) {
        let url = `${base}/api/energy/telemetry?${query}`;
        for (let page = 0; page < 5 && url; page++) {
          const body = await (await fetch(url, { headers })).json();
          if (body.nextLink) nextLinks.push(new URL(body.nextLink).pathname + new URL(body.nextLink).search);
          url = body.nextLink;
        }
      }
    },
    next: () => ({ path: listingPath() }),
  },
  { name: 'GET summary', method: 'GET', rate: 20, connections: 2, next: () => ({ path: `/api/energy/summary?historyPoints=${pick([0, 60, 600])}` }) },
  { name: 'GET meter detail', method: 'GET', rate: 30, connections: 2, next: () => ({ path: `/api/energy/meters/${meterId()}` }) },
  {
    name: 'POST readings (1k-10k)',
    method: 'POST',
    rate: 1,
    connections: 1,
    next: () => ({ path: '/api/energy/readings', headers: { 'content-type': 'application/json' }, body: readingsBatch() }),
  },
  {
    name: 'POST compliance ask',
    method: 'POST',
    rate: 2,
    connections: 1,
    next: () => ({ path: '/api/compliance/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: pick(questions) }) }),
  },
  {
    name: 'POST compliance document',
    method: 'POST',
    rate: 1,
    connections: 1,
    next: () => ({ path: '/api/compliance/documents', headers: { 'content-type': 'application/json' }, body: memoUpload() }),
  },
];
