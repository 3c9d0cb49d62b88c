import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isStale, StaleIndicator } from './stale-indicator';

describe('StaleIndicator', () => {
  it('counts data as stale after more than three ticks without an event', () => {
    expect(isStale(10_000, 1000, 13_000)).toBe(false);
    expect(isStale(10_000, 1000, 13_001)).toBe(true);
    expect(isStale(10_000, 500, 11_600)).toBe(true);
    expect(isStale(undefined, 1000, 0)).toBe(true);
  });

  it('says how old the data is and that the stream is reconnecting', () => {
    render(<StaleIndicator streamStatus="reconnecting" lastEventAt={Date.now() - 7000} tickMs={1000} />);
    expect(screen.getByText(/Stale: last update 7 s ago, reconnecting/)).toBeInTheDocument();
  });

  it('shows Live while events arrive in time', () => {
    render(<StaleIndicator streamStatus="open" lastEventAt={Date.now()} tickMs={1000} />);
    expect(screen.getByText('Live')).toBeInTheDocument();
  });
});
