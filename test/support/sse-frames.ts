/** One server-sent event: its `event:` name and its `data:` line, still JSON text. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * Turns the chunks of a text/event-stream into whole frames, however the chunks split them; frames without
 * both an event name and data (comments, keep-alives) are skipped.
 */
export function sseFrameReader(onFrame: (frame: SseFrame) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
      const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
      if (event !== undefined && data !== undefined) onFrame({ event, data });
    }
  };
}
