import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Citation } from '@/lib/api-types';
import { CitationList, citationLocation } from './citation-list';

const cite = (overrides: Partial<Citation>): Citation => ({ documentId: 'd', title: 'T', excerpt: 'E', score: 0.5, source: 'official', used: true, ...overrides });

describe('CitationList', () => {
  it('shows the paragraph of the article and where each passage comes from', () => {
    render(
      <CitationList
        exchangeId={1}
        citations={[
          cite({ title: 'Directive (EU) 2023/1791 (official text)', article: 'Article 11', paragraph: '11(2)', source: 'official' }),
          cite({ title: 'Article 8 — Energy savings obligation', article: 'Article 8', source: 'bundled' }),
          cite({ title: 'Directive 2023/1791 — Article 11 (official consolidated text)', article: 'Article 11', paragraph: '11(1)', source: 'uploaded' }),
          cite({ title: 'Directive (EU) 2023/1791 (official text)', article: 'Annex VI', paragraph: 'Annex VI', source: 'official' }),
          cite({ title: 'Directive (EU) 2023/1791 (official text)', paragraph: 'Recital 30', source: 'official' }),
        ]}
      />,
    );
    const [official, note, upload, annex, recital] = screen.getAllByTestId('citation');
    expect(official).toHaveTextContent('[1] Article 11(2) · Directive (EU) 2023/1791 (official text) Official text');
    // A note titled after its article does not repeat the article.
    expect(note).toHaveTextContent('[2] Article 8 — Energy savings obligation Bundled notes');
    expect(note).not.toHaveTextContent('Article 8 ·');
    // An upload that calls itself official text is still labelled as an upload.
    expect(upload).toHaveTextContent('Article 11(1) · Directive 2023/1791 — Article 11 (official consolidated text) Uploaded document');
    expect(annex).toHaveTextContent('[4] Annex VI · Directive (EU) 2023/1791 (official text) Official text');
    // A recital of the preamble has no article; its number says where it is.
    expect(recital).toHaveTextContent('[5] Recital 30 · Directive (EU) 2023/1791 (official text) Official text');
  });

  it('lists the passages the answer did not quote apart from its numbered sources', () => {
    render(
      <CitationList
        exchangeId={2}
        citations={[
          cite({ title: 'Directive (EU) 2023/1791 (official text)', article: 'Article 8', paragraph: '8(1)' }),
          cite({ title: 'Directive (EU) 2023/1791 (official text)', article: 'Article 9', paragraph: '9(1)', used: false }),
        ]}
      />,
    );
    expect(screen.getAllByTestId('citation')).toHaveLength(1);
    expect(screen.getByTestId('citation')).toHaveTextContent('[1] Article 8(1)');
    const related = screen.getAllByTestId('related-citation');
    expect(related).toHaveLength(1);
    expect(related[0]).toHaveTextContent('Article 9(1) · Directive (EU) 2023/1791 (official text) Official text');
    expect(related[0]).not.toHaveTextContent('[');
  });

  it('writes article paragraphs as "Article N(p)" and annex points as they come', () => {
    expect(citationLocation({ article: 'Article 26', paragraph: '26(6)' })).toBe('Article 26(6)');
    expect(citationLocation({ article: 'Annex VI', paragraph: 'Annex VI(1)' })).toBe('Annex VI(1)');
    expect(citationLocation({ article: 'Article 12' })).toBe('Article 12');
    expect(citationLocation({})).toBeUndefined();
  });
});
