import { Badge } from '@/components/ui/badge';
import type { AskResponse } from '@/lib/api-types';

export function AnswerBadges({ result }: { result: AskResponse }) {
  return (
    <p className="badges">
      {result.mode === 'llm' ? (
        <Badge tone="info" title="Written by the language model from the cited passages">Model answer</Badge>
      ) : (
        <Badge tone="neutral" title="Assembled from the cited passages without a language model">Extractive answer</Badge>
      )}
      {result.degraded ? (
        <Badge tone="warn" title="The model was unavailable, so the extractive answerer was used">Degraded</Badge>
      ) : null}
    </p>
  );
}
