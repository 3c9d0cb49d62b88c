import type { MouseEvent } from 'react';
import type { Citation } from '@/lib/api-types';

export function citationAnchorId(exchangeId: number, position: number): string {
  return `answer-${exchangeId}-citation-${position}`;
}

/** Splits an answer into text and `[n]` markers; only markers that name an existing citation become links. */
export function splitMarkers(text: string, citationCount: number): ({ text: string } | { marker: number })[] {
  const parts: ({ text: string } | { marker: number })[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d{1,3})\]/g)) {
    const position = Number(match[1]);
    if (position < 1 || position > citationCount) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ marker: position });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

function focusCitation(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'nearest' });
  target.focus();
}

/** Answers are untrusted model output: rendered as text nodes only, never as HTML. */
export function AnswerText({ exchangeId, text, citations }: { exchangeId: number; text: string; citations: readonly Citation[] }) {
  return (
    <p className="answer-text">
      {splitMarkers(text, citations.length).map((part, index) => {
        if ('text' in part) return <span key={index}>{part.text}</span>;
        const id = citationAnchorId(exchangeId, part.marker);
        const citation = citations[part.marker - 1];
        return (
          <a key={index} href={`#${id}`} className="marker" onClick={(event) => focusCitation(event, id)}
            aria-label={`Citation ${part.marker}: ${citation?.title ?? ''}`}>
            [{part.marker}]
          </a>
        );
      })}
    </p>
  );
}
