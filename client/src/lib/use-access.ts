import { useSyncExternalStore } from 'react';
import { getAccessState, subscribeAccess, type AccessState } from './api-key-store';

export function useAccess(): AccessState {
  return useSyncExternalStore(subscribeAccess, getAccessState, getAccessState);
}
