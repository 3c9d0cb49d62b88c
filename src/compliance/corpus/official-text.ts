import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphKey } from './legal-text-clean.js';

/**
 * Fingerprints (SHA-256 prefixes, not text) of every paragraph chunk of the official text of Directive (EU)
 * 2023/1791, written by scripts/official-fingerprints.ts. An uploaded passage counts as the official text only
 * when its fingerprint is one of these: a title such as "Article 11 (official consolidated text)" proves nothing.
 */
const FILE = join(dirname(fileURLToPath(import.meta.url)), 'official-fingerprints.data.json');

let known: ReadonlySet<string> | undefined;

export function fingerprintOf(text: string): string {
  return createHash('sha256').update(paragraphKey(text)).digest('hex').slice(0, 20);
}

export function isOfficialPassage(text: string): boolean {
  known ??= new Set((JSON.parse(readFileSync(FILE, 'utf8')) as { fingerprints: string[] }).fingerprints);
  return known.has(fingerprintOf(text));
}
