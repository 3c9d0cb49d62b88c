import type { Citation } from '@/lib/api-types';
import { citationAnchorId } from './answer-text';

/** Titles often start with the article ("Article 11 — Energy audits"); the article is then not repeated. */
export function citationHeading(citation: Citation): { article?: string; title: string } {
  const { article, title } = citation;
  return article && !title.startsWith(article) ? { article, title } : { title };
}

function CitationItem({ id, position, citation }: { id: string; position: number; citation: Citation }) {
  const { article, title } = citationHeading(citation);
  return (
    <li id={id} tabIndex={-1} data-testid="citation">
      <p className="citation-title">
        <span className="citation-number">[{position}]</span> {article ? <strong>{article} · </strong> : null}
        <strong>{title}</strong>
      </p>
      <blockquote className="citation-excerpt">{citation.excerpt}</blockquote>
    </li>
  );
}

export function CitationList({ exchangeId, citations }: { exchangeId: number; citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <section className="citations" aria-label="Sources">
      <h3>Sources</h3>
      <ol>
        {citations.map((citation, index) => (
          <CitationItem key={`${citation.documentId}-${index}`} id={citationAnchorId(exchangeId, index + 1)} position={index + 1} citation={citation} />
        ))}
      </ol>
    </section>
  );
}
