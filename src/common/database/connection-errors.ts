/** Errors of the link, not of the SQL: worth a retry, and grounds for 503 rather than 500. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|EAI_AGAIN)$/.test(code)) return true;
  // Class 08 is connection exceptions; 57P01-03 are admin shutdown, crash shutdown and cannot connect now.
  if (/^08|^57P0[123]$/.test(code)) return true;
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|connection timeout|timeout expired|Client has encountered a connection error|not queryable/i.test(message);
}
