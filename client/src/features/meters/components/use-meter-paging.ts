import { useCallback, useState } from 'react';

export interface MeterPaging {
  /** The nextLink that produced the current page; undefined on the first page. */
  link: string | undefined;
  pageIndex: number;
  next: (nextLink: string) => void;
  previous: () => void;
}

/** Forward-only server paging made two-way by remembering the links already followed. */
export function useMeterPaging(): MeterPaging {
  const [links, setLinks] = useState<(string | undefined)[]>([undefined]);
  const next = useCallback((nextLink: string) => setLinks((stack) => [...stack, nextLink]), []);
  const previous = useCallback(() => setLinks((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)), []);
  return { link: links.at(-1), pageIndex: links.length - 1, next, previous };
}
