/** The four small notes the compliance e2e specs index instead of the whole bundled knowledge base. */
export const NOTES_FIXTURE_DIR = 'test/fixtures/compliance-notes';

export const AUDIT_QUESTION = { question: 'Which enterprises are subject to an energy audit?' };

/** The events of a complete text/event-stream body, with their JSON data parsed. */
export function sseEvents(text: string): { event: string; data: Record<string, unknown> }[] {
  return [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map((m) => ({ event: m[1], data: JSON.parse(m[2]) as Record<string, unknown> }));
}
