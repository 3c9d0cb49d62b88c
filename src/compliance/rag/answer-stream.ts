import type { Runnable } from '@langchain/core/runnables';
import { splitSentences } from '../corpus/legal-chunker.js';
import type { AskResult } from './rag-types.js';

export type AskStreamEvent = { type: 'token'; text: string } | { type: 'done'; result: AskResult };

function chunkText(chunk: unknown): string {
  const content = (chunk as { content?: unknown } | undefined)?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? ''))).join('');
  return '';
}

/**
 * Streams the same chain the JSON endpoint invokes: model tokens as they arrive, then the final result,
 * whose answer replaces the streamed text (markers are renumbered to the cited passages, and a model that
 * fails half-way is replaced by the degraded extractive answer). Extractive answers stream sentence by sentence.
 */
export async function* streamAnswer(
  chain: Runnable<string, AskResult>,
  question: string,
  recover: (error: unknown) => Promise<AskResult>,
  rootName = 'compliance_chain',
): AsyncGenerator<AskStreamEvent> {
  let result: AskResult | undefined;
  let streamed = false;
  try {
    for await (const event of chain.streamEvents(question, { version: 'v2' })) {
      if (event.event === 'on_chat_model_stream') {
        const text = chunkText(event.data.chunk);
        if (text.length > 0) {
          streamed = true;
          yield { type: 'token', text };
        }
      } else if (event.event === 'on_chain_end' && event.name === rootName) {
        result = event.data.output as AskResult;
      }
    }
  } catch (error) {
    result = await recover(error);
  }
  if (!result) result = await recover(new Error('The chain ended without a result.'));
  if (!streamed || result.mode === 'extractive' || result.degraded) {
    const sentences = splitSentences(result.answer);
    for (let i = 0; i < sentences.length; i++) yield { type: 'token', text: i === 0 ? sentences[i] : ` ${sentences[i]}` };
  }
  yield { type: 'done', result };
}
