import type { OpenAPIObject } from '@nestjs/swagger';
import { canonicalDocument, serializeDocument } from './canonical-document.js';
import { summaryProblems } from './openapi-rules.js';

describe(canonicalDocument.name, () => {
  it('sorts paths, methods and schemas and declares every used tag, whatever the module order', () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: { '/b': { post: { tags: ['Zeta'] }, get: { tags: ['Alpha'] } }, '/a': { get: {} } },
      components: { schemas: { Z: {}, A: {} } },
    } as unknown as OpenAPIObject;
    const out = canonicalDocument(doc);
    expect(Object.keys(out.paths)).toEqual(['/a', '/b']);
    expect(Object.keys(out.paths['/b'])).toEqual(['get', 'post']);
    expect(Object.keys(out.components!.schemas!)).toEqual(['A', 'Z']);
    expect(out.tags).toEqual([{ name: 'Alpha' }, { name: 'Zeta' }]);
    expect(serializeDocument({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});

describe(summaryProblems.name, () => {
  it('accepts a short summary and a sentence, and names each defect otherwise', () => {
    expect(summaryProblems({ summary: 'List meters', description: 'Returns the latest reading of each meter.' })).toEqual([]);
    expect(summaryProblems({ summary: 'Get A/B.', description: 'Get A/B.' })).toEqual([
      'summary contains "/"',
      'summary must end with a letter or digit',
      'description repeats the summary',
    ]);
  });
});
