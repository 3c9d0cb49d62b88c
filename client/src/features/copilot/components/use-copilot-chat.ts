import { useCallback, useRef, useState } from 'react';
import type { AskResponse } from '@/lib/api-types';
import { useAskQuestionStream } from '../api/ask-question-stream';

export interface ChatExchange {
  id: number;
  question: string;
  /** The streamed text so far; replaced by the final answer when `result` arrives. */
  partial: string;
  result?: AskResponse;
  error?: unknown;
}

export interface CopilotChat {
  exchanges: ChatExchange[];
  busy: boolean;
  ask: (question: string) => Promise<void>;
}

export function useCopilotChat(): CopilotChat {
  const askStream = useAskQuestionStream();
  const [exchanges, setExchanges] = useState<ChatExchange[]>([]);
  const [busy, setBusy] = useState(false);
  const nextId = useRef(1);

  const ask = useCallback(async (question: string) => {
    const id = nextId.current++;
    const patch = (change: (exchange: ChatExchange) => ChatExchange) =>
      setExchanges((list) => list.map((exchange) => (exchange.id === id ? change(exchange) : exchange)));
    setExchanges((list) => [...list, { id, question, partial: '' }]);
    setBusy(true);
    try {
      const result = await askStream(question, (text) => patch((exchange) => ({ ...exchange, partial: exchange.partial + text })));
      patch((exchange) => ({ ...exchange, result }));
    } catch (error) {
      patch((exchange) => ({ ...exchange, error }));
    } finally {
      setBusy(false);
    }
  }, [askStream]);

  return { exchanges, busy, ask };
}
