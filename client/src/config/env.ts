// Build-time settings. The SPA is served by PowerGrid itself, so the API is same-origin by default.
const rawBase: unknown = import.meta.env.VITE_API_BASE_URL;

export const env = {
  /** Prefix for API calls; empty means same origin. */
  apiBaseUrl: typeof rawBase === 'string' ? rawBase.replace(/\/$/, '') : '',
  /** Assumed tick interval until the stream reveals the real one. */
  defaultTickMs: 1000,
  /** Data counts as stale after this many missed ticks. */
  staleAfterTicks: 3,
  /** History points asked for on load: one hour at the default 1 s tick (the server's maximum). */
  historyPoints: 3600,
  /** Rows per page in the meter table. */
  meterPageSize: 50,
  /** Reconnect backoff bounds for the event streams. */
  reconnectMinMs: 500,
  reconnectMaxMs: 10_000,
} as const;
