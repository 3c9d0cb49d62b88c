import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { App } from './app';

vi.mock('@/components/ui/line-chart', () => import('@/test/line-chart-stub'));

describe('App', () => {
  it('has landmarks, marks the current page and navigates without reloading', async () => {
    window.history.replaceState(null, '', '/copilot');
    mockFetch(() => json(503, { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Not ready.' }));
    render(<App />);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Copilot' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Copilot · PowerGrid');

    fireEvent.click(screen.getByRole('link', { name: 'Meters' }));
    expect(window.location.pathname).toBe('/meters');
    expect(screen.getByRole('heading', { level: 1, name: 'Meters' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows a not-found page for unknown paths', () => {
    window.history.replaceState(null, '', '/nowhere');
    mockFetch();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
