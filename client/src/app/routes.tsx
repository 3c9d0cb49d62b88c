import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/components/ui/link';
import { AlertsPage } from '@/features/alerts/components/alerts-page';
import { AlertsPanel } from '@/features/alerts/components/alerts-panel';
import { CopilotPage } from '@/features/copilot/components/copilot-page';
import { GridOverviewPage } from '@/features/grid-overview/components/grid-overview-page';
import { MeterDetailPage } from '@/features/meters/components/meter-detail-page';
import { MetersPage } from '@/features/meters/components/meters-page';
import { matchPath } from '@/lib/router';

export const NAV_ITEMS = [
  { href: '/', label: 'Grid overview' },
  { href: '/meters', label: 'Meters' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/copilot', label: 'Copilot' },
] as const;

export interface RouteMatch {
  /** Which nav item is current (undefined on unknown paths). */
  section: string | undefined;
  title: string;
  element: ReactNode;
}

export function resolveRoute(pathname: string): RouteMatch {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { section: '/', title: 'Grid overview', element: <GridOverviewPage alertsPanel={<AlertsPanel />} /> };
  if (path === '/meters') return { section: '/meters', title: 'Meters', element: <MetersPage /> };
  const meter = matchPath('/meters/:meterId', path);
  if (meter?.meterId) {
    return { section: '/meters', title: `Meter ${meter.meterId}`, element: <MeterDetailPage key={meter.meterId} meterId={meter.meterId} /> };
  }
  if (path === '/alerts') return { section: '/alerts', title: 'Alerts', element: <AlertsPage /> };
  if (path === '/copilot') return { section: '/copilot', title: 'Copilot', element: <CopilotPage /> };
  return {
    section: undefined,
    title: 'Page not found',
    element: (
      <>
        <h1>Page not found</h1>
        <EmptyState>
          Nothing lives at {path}. <Link href="/">Go to the grid overview</Link>.
        </EmptyState>
      </>
    ),
  };
}
