import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Citation } from '@/lib/api-types';
import { AnswerText } from './answer-text';
import { CitationList } from './citation-list';

// What an uploaded document (or a model quoting one) could carry into the dashboard.
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
const HOSTILE: Citation[] = [
  { documentId: 'up-1', title: `Policy ${SCRIPT}`, article: `Article 1${IMG}`, source: 'uploaded', excerpt: `Audits every four years. ${IMG} ${SCRIPT}`, score: 0.9 },
  { documentId: 'up-2', title: '<a href="javascript:alert(1)">click</a>', source: 'uploaded', excerpt: '<iframe src="javascript:alert(1)"></iframe><svg onload=alert(1)>', score: 0.5 },
];

function expectNoMarkup(container: HTMLElement): void {
  for (const tag of ['script', 'img', 'iframe', 'svg']) expect(container.querySelector(tag)).toBeNull();
  expect(container.querySelector('[onerror], [onload]')).toBeNull();
  expect([...container.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript:'))).toEqual([]);
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('untrusted document text in the copilot view', () => {
  it('shows citation titles, articles and excerpts with markup as literal text', () => {
    const { container } = render(<CitationList exchangeId={1} citations={HOSTILE} />);
    expectNoMarkup(container);
    const [first, second] = screen.getAllByTestId('citation');
    expect(first).toHaveTextContent(`Policy ${SCRIPT}`);
    expect(first).toHaveTextContent(`Audits every four years. ${IMG} ${SCRIPT}`);
    expect(first).toHaveTextContent(`Article 1${IMG}`);
    expect(second).toHaveTextContent('<a href="javascript:alert(1)">click</a>');
    expect(second).toHaveTextContent('<svg onload=alert(1)>');
  });

  it('shows an answer quoting markup as text, with only its [n] markers as links', () => {
    const text = `Per the policy [1] ${SCRIPT} and ${IMG} [2] [9]`;
    const { container } = render(<AnswerText exchangeId={2} text={text} citations={HOSTILE} />);
    expectNoMarkup(container);
    expect(container).toHaveTextContent(`Per the policy [1] ${SCRIPT} and ${IMG} [2] [9]`);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#answer-2-citation-1', '#answer-2-citation-2']);
  });
});
