import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

export const EXAMPLE_QUESTIONS = [
  'What must large enterprises do about energy audits?',
  'What is the energy efficiency first principle?',
  'What are the energy savings obligations of member states?',
];

export function QuestionForm({ busy, onAsk }: { busy: boolean; onAsk: (question: string) => void }) {
  const id = useId();
  const [question, setQuestion] = useState('');
  const submit = () => {
    const text = question.trim();
    if (!text || busy) return;
    onAsk(text);
    setQuestion('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  // Enter sends, Shift+Enter keeps typing on a new line, as in most chat tools.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form className="question-form" onSubmit={onSubmit}>
      <label htmlFor={`${id}-question`}>Ask about the Energy Efficiency Directive (EU) 2023/1791</label>
      <div className="question-row">
        <textarea id={`${id}-question`} rows={2} value={question} aria-describedby={`${id}-hint`}
          onChange={(event) => setQuestion(event.target.value)} onKeyDown={onKeyDown} />
        <button type="submit" disabled={busy || question.trim() === ''}>
          {busy ? 'Answering…' : 'Ask'}
        </button>
      </div>
      <p id={`${id}-hint`} className="muted">Enter sends; Shift+Enter adds a line.</p>
    </form>
  );
}
