import { describe, expect, it } from 'vitest';
import { SseParser, readEventStream } from './sse-parser';

describe('SseParser', () => {
  it('assembles events split anywhere across chunks', () => {
    const parser = new SseParser();
    const text = 'event: summary\ndata: {"tick":1}\n\nevent: summary\ndata: {"tick":2}\n\n';
    const events = [...text].flatMap((char) => parser.push(char));
    expect(events).toEqual([
      { event: 'summary', data: '{"tick":1}' },
      { event: 'summary', data: '{"tick":2}' },
    ]);
  });

  it('handles CRLF split between chunks, comments, multi-line data and the default event name', () => {
    const parser = new SseParser();
    const events = [...parser.push(': keep-alive\r'), ...parser.push('\ndata: a\r\ndata: b\r\n\r\n'), ...parser.push('id: 9\ndata:c\n\n')];
    expect(events).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'message', data: 'c', id: '9' },
    ]);
  });

  it('drops events without data and resets the event name after each dispatch', () => {
    const parser = new SseParser();
    expect(parser.push('event: token\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });
});

describe('readEventStream', () => {
  it('yields the events of a fetch body, including multi-byte text split across chunks', async () => {
    const bytes = new TextEncoder().encode('event: token\ndata: {"text":"é€"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readEventStream(new Response(body))) events.push(event);
    expect(events).toEqual([{ event: 'token', data: '{"text":"é€"}' }]);
  });
});
