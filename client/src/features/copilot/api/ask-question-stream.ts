import { useCallback, useEffect, useRef } from 'react';
import { apiRequest } from '@/lib/api-client';
import { ApiError, isAbortError } from '@/lib/api-error';
import type { ApiErrorBody, AskResponse } from '@/lib/api-types';
import { reportUnauthorized } from '@/lib/api-key-store';
import { readEventStream } from '@/lib/sse-parser';

export const ASK_STREAM_PATH = '/api/compliance/ask/stream';

/** Streams one answer: `onToken` gets each text fragment, the promise settles with the `done` payload. */
export async function askQuestionStream(question: string, onToken: (text: string) => void, signal?: AbortSignal): Promise<AskResponse> {
  const response = await apiRequest(ASK_STREAM_PATH, { method: 'POST', body: { question }, accept: 'text/event-stream', signal });
  for await (const event of readEventStream(response)) {
    if (event.event === 'token') onToken(tokenText(event.data));
    else if (event.event === 'done') {
      const done = parseJson<AskResponse>(event.data);
      if (done && typeof done.answer === 'string') return { ...done, citations: done.citations ?? [] };
      throw interrupted('The answer could not be read.');
    } else if (event.event === 'error') {
      const body = parseJson<ApiErrorBody>(event.data);
      throw new ApiError(body?.code ? body : { statusCode: 500, code: 'STREAM_ERROR', message: 'The copilot failed.' });
    }
  }
  throw interrupted('The answer stream ended before the answer was complete.');
}

function tokenText(data: string): string {
  const text = parseJson<{ text?: unknown }>(data)?.text;
  return typeof text === 'string' ? text : '';
}

function parseJson<T>(data: string): T | undefined {
  try {
    return JSON.parse(data) as T;
  } catch {
    return undefined;
  }
}

function interrupted(message: string): ApiError {
  return new ApiError({ statusCode: 0, code: 'STREAM_INTERRUPTED', message });
}

/** `ask` runs one streamed question at a time; leaving the page aborts it, and a 401 raises the key prompt. */
export function useAskQuestionStream(): (question: string, onToken: (text: string) => void) => Promise<AskResponse> {
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useCallback(async (question, onToken) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    try {
      return await askQuestionStream(question, onToken, controller.signal);
    } catch (error) {
      if (error instanceof ApiError && error.isUnauthorized) reportUnauthorized();
      if (isAbortError(error)) throw interrupted('The question was cancelled.');
      throw error;
    }
  }, []);
}
