import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers chat completions; embeddings always work (they are tested separately). */
export type FakeChatMode = 'ok' | 'error500' | 'rate429' | 'garbage' | 'hang' | 'empty' | 'midstreamDrop' | 'midstreamStall';

export interface SeenRequest {
  url: string;
  authorization?: string;
  body: Record<string, unknown>;
}

interface ChatMessage {
  role: string;
  content: unknown;
}

const DIMENSIONS = 64;

/** Deterministic bag-of-words vector, so related texts get similar embeddings. */
export function fakeVector(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let hash = 2166136261;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619) >>> 0;
    vector[hash % DIMENSIONS] += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}

/**
 * A local OpenAI-compatible server: /v1/chat/completions (plain and SSE streaming) and /v1/embeddings
 * (float and base64, as OpenAIEmbeddings asks for base64 by default). The chat answer quotes the first
 * context passage with its [1] marker, which is what a grounded model would do.
 */
export class FakeOpenAiServer {
  readonly seen: SeenRequest[] = [];
  chatMode: FakeChatMode = 'ok';
  /** 'unauthorized' answers embeddings as OpenAI does for a revoked key; 'down' as an outage does (503). */
  embeddingsMode: 'ok' | 'unauthorized' | 'down' = 'ok';
  hangMs = 5000;
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private readonly sockets = new Set<import('node:net').Socket>();

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<this> {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  chatRequests(): SeenRequest[] {
    return this.seen.filter((r) => r.url.endsWith('/chat/completions'));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      this.seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
      if (req.url === '/v1/embeddings') return this.embeddings(body, res);
      if (req.url === '/v1/chat/completions') return this.chat(body, res);
      json(res, 404, { error: { message: `no route ${req.url}` } });
    });
  }

  private embeddings(body: Record<string, unknown>, res: ServerResponse): void {
    if (this.embeddingsMode === 'down') {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'The service is temporarily unavailable.', type: 'server_error' } }));
      return;
    }
    if (this.embeddingsMode === 'unauthorized') {
      json(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } });
      return;
    }
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    const data = inputs.map((text, index) => {
      const vector = fakeVector(String(text));
      const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    json(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } });
  }

  private chat(body: Record<string, unknown>, res: ServerResponse): void {
    switch (this.chatMode) {
      case 'error500':
        return json(res, 500, { error: { message: 'upstream exploded', type: 'server_error' } });
      case 'rate429':
        res.setHeader('retry-after', '1');
        return json(res, 429, { error: { message: 'slow down', type: 'rate_limit_exceeded' } });
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"choices": [ this is not json');
      case 'hang':
        setTimeout(() => json(res, 200, completion(body, 'too late [1]')), this.hangMs).unref();
        return;
      case 'empty':
        if (body.stream !== true) return json(res, 200, completion(body, ''));
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        return void res.end('data: [DONE]\n\n');
      case 'midstreamDrop':
      case 'midstreamStall': {
        // Starts a plausible answer, then the connection dies or goes silent.
        const base = { id: 'chatcmpl-fake', created: 1, model: body.model, object: 'chat.completion.chunk' };
        res.writeHead(200, { 'content-type': body.stream === true ? 'text/event-stream' : 'application/json' });
        if (body.stream === true) res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'According to' }, finish_reason: null }] })}\n\n`);
        else res.write('{"id": "chatcmpl-fake", "choices": [');
        if (this.chatMode === 'midstreamDrop') setTimeout(() => res.socket?.destroy(), 50).unref();
        return;
      }
      case 'ok':
        break;
    }
    const text = groundedAnswer(body.messages as ChatMessage[]);
    if (body.stream !== true) return json(res, 200, completion(body, text));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const base = { id: 'chatcmpl-fake', created: 1, model: body.model, object: 'chat.completion.chunk' };
    for (const part of text.match(/.{1,12}/gs) ?? []) {
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: part }, finish_reason: null }] })}\n\n`);
    }
    res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
    res.end();
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function completion(body: Record<string, unknown>, text: string): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1,
    model: body.model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  };
}

/** Quotes the first sentence of passage [1] of the context and cites it; INSUFFICIENT_CONTEXT when there is none. */
function groundedAnswer(messages: ChatMessage[]): string {
  const user = messages.find((m) => m.role === 'user');
  const content = typeof user?.content === 'string' ? user.content : JSON.stringify(user?.content ?? '');
  const passage = /\[1\] \([^)]*\)\n([^\n]+)/.exec(content);
  if (!passage) return 'INSUFFICIENT_CONTEXT';
  return `According to the directive, ${passage[1].slice(0, 160)} [1]`;
}
