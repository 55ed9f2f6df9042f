import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { text } from './i18n/index.ts';

/**
 * Every page calls it with its title: it names the page in the browser tab and,
 * after a client-side navigation, moves focus to the page's `h1`, as a full
 * page load would, so screen readers announce the new page.
 */
export function usePage(title: string): void {
  const { key } = useLocation();
  useEffect(() => {
    document.title = `${title}${text.app.titleSeparator}${text.app.productName}`;
  }, [title]);
  useEffect(() => {
    // "default" is the entry the browser loaded: focus stays where the browser puts it.
    if (key === 'default') return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [key]);
}
