/**
 * Renders a Preact view into the test's DOM (happy-dom) and takes it down after the test. Effects
 * and state updates are flushed with act(), so what a test reads is what a reader would see.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

export interface Rendered {
  /** The element the view was rendered into. */
  container: HTMLElement;
  /** Renders again with new props, as a parent re-rendering would. */
  rerender(view: ComponentChild): void;
  unmount(): void;
}

const mounted = new Set<Rendered>();

afterEach(() => {
  for (const rendered of mounted) rendered.unmount();
});

export function renderView(view: ComponentChild): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(view, container));
  const rendered: Rendered = {
    container,
    rerender(next) {
      act(() => render(next, container));
    },
    unmount() {
      if (!mounted.delete(rendered)) return;
      act(() => render(null, container));
      container.remove();
    },
  };
  mounted.add(rendered);
  return rendered;
}

/** Text as a reader sees it: white space folded (Intl's thin and no-break spaces included). */
export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks an element, flushing the updates it causes. */
export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    (element as HTMLElement).click();
  });
}

/** The element that names `element` through aria-labelledby (one id), failing when there is none. */
export function labelOf(element: Element): Element {
  const id = element.getAttribute('aria-labelledby');
  const label = id ? element.ownerDocument.getElementById(id) : null;
  if (!label) throw new Error(`${element.tagName.toLowerCase()} is not named by any element (aria-labelledby="${id}")`);
  return label;
}
