// Writes src/compliance/corpus/official-fingerprints.data.json: SHA-256 prefixes of every paragraph chunk of the
// official text, so an upload of that text is recognised as official while no text of it enters the repository.
// Usage: npx tsx scripts/official-fingerprints.ts [path to eed-2023-1791.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkLegalText } from '../src/compliance/corpus/legal-chunker.js';
import { fingerprintOf } from '../src/compliance/corpus/official-text.js';

const source = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'corpus', 'eed-2023-1791.txt');
const out = join(process.cwd(), 'src', 'compliance', 'corpus', 'official-fingerprints.data.json');
writeFileSync(out, JSON.stringify({ fingerprints: [] }));
const chunks = chunkLegalText({ documentId: 'official', title: 'official', text: readFileSync(source, 'utf8'), source: 'uploaded' });
const fingerprints = [...new Set(chunks.map((c) => fingerprintOf(c.text)))].sort();
writeFileSync(out, `${JSON.stringify({ document: 'Directive (EU) 2023/1791, OJ L 231, 20.9.2023', fingerprints }, null, 0)}\n`);
console.log(`${fingerprints.length} paragraph fingerprints written to ${out}`);
