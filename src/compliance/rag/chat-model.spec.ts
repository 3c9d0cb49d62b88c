import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../config/load-config.js';
import { chatModelChoice, createChatModel } from './chat-model.js';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** Answers every request with one chat completion and records what the provider client sent. */
async function startCompletionServer(): Promise<{ server: Server; base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(body || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'pong' }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe(createChatModel.name, () => {
  let fake: Awaited<ReturnType<typeof startCompletionServer>>;
  beforeAll(async () => (fake = await startCompletionServer()));
  afterAll(() => new Promise((resolve) => fake.server.close(resolve)));
  beforeEach(() => (fake.seen.length = 0));

  it('is undefined without a chat provider (the extractive answerer), also for Azure with embeddings only', async () => {
    expect(await createChatModel(loadConfig({}).compliance)).toBeUndefined();
    const embeddingsOnly = loadConfig({ AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com', AZURE_OPENAI_EMBEDDING_DEPLOYMENT: 'e' });
    expect(await createChatModel(embeddingsOnly.compliance)).toBeUndefined();
  });

  it('talks to OpenAI (or a compatible base URL) with the configured model, no retries and temperature 0', async () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${fake.base}/v1`, OPENAI_MODEL: 'gpt-test' });
    const model = await createChatModel(config.compliance);
    expect((await model!.invoke('ping')).content).toBe('pong');
    expect(fake.seen).toHaveLength(1);
    expect(fake.seen[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-test', temperature: 0 } });
    expect(fake.seen[0].headers.authorization).toBe('Bearer sk-test');
  });

  it('talks to an Azure OpenAI deployment by its URL, api-version and api-key header', async () => {
    const config = loadConfig({
      AZURE_OPENAI_API_KEY: 'azure-key',
      AZURE_OPENAI_ENDPOINT: fake.base,
      AZURE_OPENAI_CHAT_DEPLOYMENT: 'chat-dep',
      AZURE_OPENAI_API_VERSION: '2024-10-21',
    });
    expect(chatModelChoice(config.compliance)).toMatchObject({ modelProvider: 'azure_openai', model: 'chat-dep' });
    const model = await createChatModel(config.compliance);
    expect((await model!.invoke('ping')).content).toBe('pong');
    expect(fake.seen).toHaveLength(1);
    expect(fake.seen[0].url).toBe('/openai/deployments/chat-dep/chat/completions?api-version=2024-10-21');
    expect(fake.seen[0].headers['api-key']).toBe('azure-key');
  });

  it('prefers OpenAI when both providers are configured', () => {
    const both = loadConfig({ OPENAI_API_KEY: 'sk-test', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com', AZURE_OPENAI_CHAT_DEPLOYMENT: 'c' });
    expect(chatModelChoice(both.compliance)?.modelProvider).toBe('openai');
  });
});
