import { EXAMPLE_QUESTIONS } from './question-form';

const MORE_EXAMPLES = [
  'When must member states transpose the directive?',
  'What does the directive require of data centres?',
  'How much must public bodies reduce their final energy consumption?',
];

/**
 * What the page shows before the first question: something to click and what to expect, laid out across the
 * width so the page does not open on a small box above an empty half.
 */
export function CopilotIntro({ busy, onAsk }: { busy: boolean; onAsk: (question: string) => void }) {
  return (
    <div className="copilot-intro" data-testid="copilot-intro">
      <section className="card" aria-labelledby="try-heading">
        <h2 id="try-heading">Try a question</h2>
        <ul className="example-list">
          {[...EXAMPLE_QUESTIONS, ...MORE_EXAMPLES].map((question) => (
            <li key={question}>
              <button type="button" className="example-question" disabled={busy} onClick={() => onAsk(question)}>
                {question}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How answers work</h2>
        <ul className="plain-list">
          <li>Every answer cites the articles of Directive (EU) 2023/1791 it relies on; open a citation to read the passage.</li>
          <li>A question the knowledge base cannot answer is refused rather than guessed.</li>
          <li>Without a language model configured, answers are composed from the most relevant passages, marked as such.</li>
        </ul>
        <h2>What it knows</h2>
        <ul className="plain-list">
          <li>Notes on each article (1 to 40) and the annexes that matter to energy companies, written for this project.</li>
          <li>Any document your administrator adds: the official text, guidance, internal policies (text, Markdown, HTML or PDF).</li>
        </ul>
      </section>
    </div>
  );
}
