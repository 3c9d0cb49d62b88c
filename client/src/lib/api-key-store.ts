// The API key lives in sessionStorage only (issue 5: kept for the session), and the store also records
// whether the server has rejected the current key so the Access prompt can appear.
const STORAGE_KEY = 'powergrid.apiKey';

export interface AccessState {
  apiKey: string | null;
  /** True after a call answered 401 with the current key (or without one). */
  keyRequired: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: AccessState = { apiKey: readStoredKey(), keyRequired: false };

function readStoredKey(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function update(next: AccessState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getAccessState(): AccessState {
  return state;
}

export function subscribeAccess(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function saveApiKey(apiKey: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, apiKey);
  } catch {
    // Storage can be disabled (private mode); the key then lasts for this page only.
  }
  update({ apiKey, keyRequired: false });
}

export function clearApiKey(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // See saveApiKey.
  }
  update({ apiKey: null, keyRequired: state.keyRequired });
}

export function reportUnauthorized(): void {
  if (!state.keyRequired) update({ ...state, keyRequired: true });
}
