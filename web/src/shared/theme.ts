/**
 * Light and dark: the pages follow `prefers-color-scheme` until the visitor picks one with the
 * header's toggle, which is remembered. Colours live in CSS variables (common.css); canvases
 * (the graph, the charts) read them through `cssVar` and redraw on `onThemeChange`.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'cooperation-kg-theme';
const EVENT = 'themechange';
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** The theme in force: the visitor's choice, else the system's. */
export function currentTheme(): Theme {
  return storedChoice() ?? (dark.matches ? 'dark' : 'light');
}

function apply(): void {
  document.documentElement.dataset.theme = currentTheme();
  document.dispatchEvent(new Event(EVENT));
}

/** Applies the theme in force and follows the system's while the visitor has not chosen. */
export function initTheme(): void {
  document.documentElement.dataset.theme = currentTheme();
  dark.addEventListener('change', () => {
    if (storedChoice() === null) apply();
  });
}

/** Calls `listener` whenever the theme changes (toggle or system). */
export function onThemeChange(listener: () => void): void {
  document.addEventListener(EVENT, listener);
}

/** The value of a CSS custom property in the theme in force (`--type-person`). */
export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** The header's toggle: a switch between light and dark, remembered for every page. */
export function themeToggle(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'theme-toggle';
  const label = () => {
    const isDark = currentTheme() === 'dark';
    button.textContent = isDark ? '☀ Light' : '☾ Dark';
    button.setAttribute('aria-pressed', String(isDark));
    button.setAttribute('aria-label', 'Dark mode');
  };
  label();
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
      document.documentElement.dataset.theme = next;
    }
    apply();
  });
  onThemeChange(label);
  return button;
}
