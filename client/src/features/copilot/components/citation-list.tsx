import type { Citation } from '@/lib/api-types';
import { citationAnchorId } from './answer-text';

export function CitationList({ exchangeId, citations }: { exchangeId: number; citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <section className="citations" aria-label="Sources">
      <h3>Sources</h3>
      <ol>
        {citations.map((citation, index) => (
          <li key={`${citation.documentId}-${index}`} id={citationAnchorId(exchangeId, index + 1)} tabIndex={-1} data-testid="citation">
            <p className="citation-title">
              <span className="citation-number">[{index + 1}]</span>{' '}
              {citation.article ? <strong>{citation.article}</strong> : null}
              {citation.article ? ' · ' : null}
              {citation.title}
            </p>
            <blockquote className="citation-excerpt">{citation.excerpt}</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
