/** An answer from, or no answer at all from, the remote embedding service (the OpenAI client's APIError family). */
export function isUpstreamFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error.constructor.name === 'AppError') return false;
  return typeof (error as { status?: unknown }).status === 'number' || /^API\w*Error$/.test(error.constructor.name);
}

/** What went wrong upstream, without the upstream message (it may quote the masked key). */
export function upstreamReason(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return `HTTP ${status}`;
  const name = error instanceof Error ? error.constructor.name : '';
  if (/Timeout/.test(name)) return 'no answer in time';
  return 'no connection';
}
