import { useEffect, useRef } from 'react';
import { Link } from '@/components/ui/link';
import { ApiKeyPrompt } from '@/features/access/components/api-key-prompt';
import { ApiKeyStatus } from '@/features/access/components/api-key-status';
import { useLocation } from '@/lib/router';
import { NAV_ITEMS, resolveRoute } from './routes';

export function App() {
  const { pathname } = useLocation();
  const route = resolveRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${route.title} · PowerGrid`;
    // After in-app navigation, move focus to the new content so screen readers announce it.
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [pathname, route.title]);

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <p className="brand">
          <span aria-hidden="true">⚡</span> PowerGrid
        </p>
        <nav aria-label="Main">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={route.section === item.href ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ApiKeyStatus />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ApiKeyPrompt />
        {route.element}
      </main>
    </>
  );
}
