import { Badge } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { AnswerBadges } from './answer-badges';
import { AnswerText } from './answer-text';
import { CitationList } from './citation-list';
import type { ChatExchange } from './use-copilot-chat';

const REFUSAL_REASONS: Record<string, string> = {
  not_in_corpus: 'the directive and its notes do not cover this question.',
  insufficient_context: 'the passages found were not enough to answer reliably.',
  prompt_injection: 'the question tried to change the copilot’s instructions.',
};

export function refusalReason(reason: string): string {
  return REFUSAL_REASONS[reason] ?? reason;
}

export function ChatExchangeView({ exchange }: { exchange: ChatExchange }) {
  const { id, question, partial, result, error } = exchange;
  return (
    <article className="exchange" aria-labelledby={`question-${id}`}>
      <h2 id={`question-${id}`} className="question">
        <span className="visually-hidden">Question: </span>
        {question}
      </h2>
      {error ? (
        <ErrorState title="The copilot could not answer." error={error} />
      ) : result?.refused ? (
        <div className="answer answer-refused" data-testid="refusal">
          <p className="badges">
            <Badge tone="warn">Not answered</Badge>
          </p>
          <p className="answer-text">{result.answer}</p>
          {result.reason ? <p className="muted">Reason: {refusalReason(result.reason)}</p> : null}
        </div>
      ) : result ? (
        <div className="answer" data-testid="answer">
          <AnswerBadges result={result} />
          <AnswerText exchangeId={id} text={result.answer} citations={result.citations} />
          <CitationList exchangeId={id} citations={result.citations} />
        </div>
      ) : (
        <div className="answer answer-streaming" aria-busy="true">
          <p className="answer-text">{partial || 'Searching the directive…'}</p>
        </div>
      )}
    </article>
  );
}
