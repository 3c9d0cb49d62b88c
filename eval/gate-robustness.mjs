// How the copilot's scope gate holds up when practitioners wrap a question in their own lead-ins and sign-offs: for a
// sample of the dev split (every Nth question, N chosen so that at most 900 in-scope questions are asked), how many in-scope questions become refused and how many off-topic
// questions become answered under each wrapping, with bundled notes only. Boots the built app in-process (dist/).
// Usage: npm run eval:robustness [-- --check] [--every N]   (--check fails when any wrapping moves more than 2 %)
// Without --every the sample is capped, so the run's time (about eleven asks per sampled question) stays the same as
// the dev split grows.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bootInProcess } from './in-process-app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false }, every: { type: 'string' } } });
/** The most in-scope questions sampled when --every is not given. */
const MAX_SAMPLE = 900;
/** The most a wrapping may move, as a share of the sampled questions, before --check fails. */
const MAX_SHIFT = 0.02;

/** Lead-ins and sign-offs that say who asks, where, how urgently or how to answer, never what is asked. */
const WRAPPINGS = {
  'country lead-in': (q) => `We're based in Austria. ${q}`,
  'country sign-off': (q) => `${q.replace(/\?\s*$/, '')}, here in the Netherlands?`,
  'role in a country': (q) => `As a DSO in Italy, ${q.charAt(0).toLowerCase()}${q.slice(1)}`,
  'sites in a country': (q) => `Our company operates in Poland. ${q}`,
  'role lead-in': (q) => `I'm a lawyer at a Brussels firm. ${q}`,
  'company lead-in': (q) => `Our company (Acme Energie GmbH) asks: ${q}`,
  'colleague lead-in': (q) => `My colleague asked me this: ${q}`,
  'quick lead-in': (q) => `quick q - ${q}`,
  'shouted lead-in': (q) => `URGENT: ${q}`,
  greeting: (q) => `Hello, ${q}`,
  'signed off': (q) => `Hi team, ${q} Cheers, Anna`,
  'directive label': (q) => `Regarding the EED: ${q}`,
  'citation request': (q) => `${q} Please cite the article.`,
  'according to the EED': (q) => `According to the EED, ${q.charAt(0).toLowerCase()}${q.slice(1)}`,
  'EED perspective': (q) => `From an EED perspective, ${q.charAt(0).toLowerCase()}${q.slice(1)}`,
  thanks: (q) => `${q} Thanks!`,
  'ticket reference': (q) => `[TICKET-4821] ${q}`,
  'language request': (q) => `${q} (Please answer in German.)`,
  'am I right closing': (q) => `${q} Am I right that it is in the directive?`,
  'lower case': (q) => q.toLowerCase().replace(/[?.]\s*$/, ''),
};

const server = await bootInProcess(root);
const base = server.base;
const refused = async (question) => {
  const response = await fetch(`${base}/api/compliance/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  if (!response.ok) throw new Error(`ask -> ${response.status}`);
  return (await response.json()).refused;
};
try {
  const set = JSON.parse(readFileSync(join(root, 'eval', 'compliance-eval.json'), 'utf8'));
  const every = args.every ? Number(args.every) : Math.max(1, Math.ceil(set.inScope.length / MAX_SAMPLE));
  const inScope = set.inScope.filter((_, i) => i % every === 0).map((item) => item.question);
  const offTopic = set.outOfScope.filter((_, i) => i % every === 0).map((item) => item.question);
  // Only questions the plain wording gets right count: the wrapping is what is measured.
  const answered = [];
  for (const q of inScope) if (!(await refused(q))) answered.push(q);
  const declined = [];
  for (const q of offTopic) if (await refused(q)) declined.push(q);
  console.log(`\nGate robustness (notes only): ${answered.length} in-scope questions answered and ${declined.length} off-topic questions refused as written, every ${every}th of the dev split`);
  console.log(`${'wrapping'.padEnd(22)}${'in-scope now refused'.padEnd(24)}off-topic now answered`);
  let failed = false;
  for (const [name, wrap] of Object.entries(WRAPPINGS)) {
    let lost = 0;
    let leaked = 0;
    for (const q of answered) if (await refused(wrap(q))) lost++;
    for (const q of declined) if (!(await refused(wrap(q)))) leaked++;
    const bad = lost / answered.length > MAX_SHIFT || leaked / declined.length > MAX_SHIFT;
    failed ||= bad;
    console.log(`${name.padEnd(22)}${`${lost} (${((100 * lost) / answered.length).toFixed(1)} %)`.padEnd(24)}${leaked} (${((100 * leaked) / declined.length).toFixed(1)} %)${bad ? ' FAIL' : ''}`);
  }
  if (args.check && failed) process.exitCode = 1;
} finally {
  await server.close();
}
