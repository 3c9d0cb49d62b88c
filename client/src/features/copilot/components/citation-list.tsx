import type { Citation, CitationSource } from '@/lib/api-types';
import { citationAnchorId } from './answer-text';

const SOURCE_LABELS: Record<CitationSource, string> = {
  official: 'Official text',
  bundled: 'Bundled notes',
  uploaded: 'Uploaded document',
};

/** "Article 11(2)", "Annex VI(1)": the paragraph when known, else the article. */
export function citationLocation(citation: Pick<Citation, 'article' | 'paragraph'>): string | undefined {
  const { article, paragraph } = citation;
  if (!paragraph) return article;
  return /^\d/.test(paragraph) ? `Article ${paragraph}` : paragraph;
}

/** Titles often start with the article ("Article 11 — Energy audits"); the article is then not repeated. */
export function citationHeading(citation: Citation): { article?: string; title: string } {
  const { article, title } = citation;
  const location = citationLocation(citation);
  if (!location) return { title };
  return article && title.startsWith(article) && location === article ? { title } : { article: location, title };
}

function CitationItem({ id, position, citation }: { id: string; position: number; citation: Citation }) {
  const { article, title } = citationHeading(citation);
  return (
    <li id={id} tabIndex={-1} data-testid="citation">
      <p className="citation-title">
        <span className="citation-number">[{position}]</span> {article ? <strong>{article} · </strong> : null}
        <strong>{title}</strong>{' '}
        <span className={`citation-source citation-source-${citation.source}`} data-testid="citation-source">
          {/* Older servers send no source; say nothing rather than guess. */}
          {SOURCE_LABELS[citation.source] ?? ''}
        </span>
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
