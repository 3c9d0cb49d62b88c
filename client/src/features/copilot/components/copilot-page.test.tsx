import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '@/lib/api-types';
import { eventStream, mockFetch } from '@/test/fetch-mock';
import { CopilotPage } from './copilot-page';

const ANSWER: AskResponse = {
  answer: 'Audit every four years [1], or run an energy management system [2]. Ignore [7]. <img src=x onerror=alert(1)>',
  refused: false,
  mode: 'llm',
  citations: [
    { documentId: 'eed', title: 'Directive (EU) 2023/1791', article: 'Article 11', paragraph: '11(2)', source: 'official', excerpt: 'Member States shall ensure ... energy audit.', score: 0.9 },
    { documentId: 'eed', title: 'Directive (EU) 2023/1791', source: 'uploaded', excerpt: 'An energy management system ...', score: 0.7 },
  ],
};

async function ask(question: string) {
  const box = screen.getByLabelText(/Ask about the Energy Efficiency Directive/);
  fireEvent.change(box, { target: { value: question } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('CopilotPage', () => {
  it('streams the answer, then links its markers to the citations as plain text', async () => {
    const stream = eventStream();
    const calls = mockFetch(() => stream.response);
    render(<CopilotPage />);
    await ask('What must large enterprises do about energy audits?');
    await flush();
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ question: 'What must large enterprises do about energy audits?' });
    expect(calls[0]?.method).toBe('POST');

    stream.send('token', { text: 'Audit every ' });
    stream.send('token', { text: 'four years' });
    await flush();
    expect(screen.getByText('Audit every four years')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Answering…' })).toBeDisabled();

    stream.send('done', ANSWER);
    stream.close();
    await flush();
    const answer = screen.getByTestId('answer');
    expect(within(answer).getByText('Model answer')).toBeInTheDocument();
    const markers = within(answer).getAllByRole('link');
    expect(markers.map((link) => link.textContent)).toEqual(['[1]', '[2]']);
    expect(answer).toHaveTextContent('Ignore [7].');
    expect(answer.querySelector('img')).toBeNull();
    expect(answer).toHaveTextContent('<img src=x onerror=alert(1)>');

    const citations = within(answer).getAllByTestId('citation');
    expect(citations[0]).toHaveTextContent('Article 11(2) · Directive (EU) 2023/1791 Official text');
    expect(citations[1]).toHaveTextContent('Directive (EU) 2023/1791 Uploaded document');
    expect(citations[0]).toHaveTextContent('Member States shall ensure ... energy audit.');
    fireEvent.click(markers[1]!);
    expect(document.activeElement).toBe(citations[1]);
  });

  it('shows a refusal distinctly, with its reason and the extractive and degraded badges', async () => {
    const stream = eventStream();
    mockFetch(() => stream.response);
    render(<CopilotPage />);
    await ask('How do I bake a cake?');
    stream.send('done', { answer: 'I can only answer questions about the directive.', refused: true, reason: 'not_in_corpus', citations: [], mode: 'extractive' });
    stream.close();
    await flush();
    const refusal = screen.getByTestId('refusal');
    expect(refusal).toHaveTextContent('Not answered');
    expect(refusal).toHaveTextContent('Reason: the directive and its notes do not cover this question.');
    expect(screen.queryByTestId('answer')).toBeNull();
    expect(screen.queryAllByTestId('citation')).toHaveLength(0);
  });

  it('shows the badges of a degraded extractive answer', async () => {
    const stream = eventStream();
    mockFetch(() => stream.response);
    render(<CopilotPage />);
    await ask('What is the energy efficiency first principle?');
    stream.send('done', { ...ANSWER, mode: 'extractive', degraded: true });
    stream.close();
    await flush();
    expect(screen.getByText('Extractive answer')).toBeInTheDocument();
    expect(screen.getByText('Degraded')).toBeInTheDocument();
  });

  it('shows a stream error event and an interrupted stream as errors', async () => {
    const failing = eventStream();
    const cut = eventStream();
    const streams = [failing, cut];
    mockFetch(() => streams.shift()?.response);
    render(<CopilotPage />);
    await ask('first');
    failing.send('error', { statusCode: 429, code: 'RATE_LIMITED', message: 'Too many questions.' });
    failing.close();
    await flush();
    expect(screen.getByRole('alert')).toHaveTextContent('Too many questions. (RATE_LIMITED)');

    await ask('second');
    cut.send('token', { text: 'half' });
    cut.close();
    await flush();
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('STREAM_INTERRUPTED');
  });
});
