import { ApiError } from '../api/client';
import { h, replace } from './dom';

/** Shows that something is loading, in a live region screen readers announce. */
export function showLoading(target: Element, what: string): void {
  replace(target, h('p', { class: 'status status-loading', role: 'status' }, `Loading ${what}…`));
}

/** Shows a failure with what to do about it, and a retry button when one is given. */
export function showError(target: Element, error: unknown, retry?: () => void): void {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError && error.code ? ` (${error.code})` : '';
  const button = retry ? h('button', { type: 'button', class: 'retry' }, 'Try again') : null;
  button?.addEventListener('click', retry ?? (() => undefined));
  replace(
    target,
    h(
      'div',
      { class: 'status status-error', role: 'alert' },
      h('p', {}, `Could not load: ${message}${code}`),
      button,
    ),
  );
}
