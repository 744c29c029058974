import { describe, expect, it } from 'vitest';
import { RenderGuard } from '../../src/ui/RenderGuard';
import { renderView, textOf } from './support/render';

/** A view that cannot render its data (as an entry with a country code Intl refuses once did). */
function Broken({ fail }: { fail: boolean }) {
  if (fail) throw new RangeError('Incorrect locale information provided');
  return <p>The directory</p>;
}

describe('RenderGuard', () => {
  it('shows its children when they render', () => {
    const { container } = renderView(
      <RenderGuard retryKey="v1" fallback={<p role="alert">Unavailable</p>}>
        <Broken fail={false} />
      </RenderGuard>,
    );
    expect(textOf(container)).toBe('The directory');
  });

  it('shows the fallback, and keeps the page around it, when they throw', () => {
    const { container } = renderView(
      <main>
        <button type="button">Quick exit</button>
        <RenderGuard retryKey="v1" fallback={<p role="alert">Unavailable</p>}>
          <Broken fail />
        </RenderGuard>
      </main>,
    );
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Unavailable');
    expect(container.querySelector('button')?.textContent).toBe('Quick exit');
  });

  it('tries again when its retry key changes (new data), and keeps children that rendered mounted', () => {
    const view = (key: string, fail: boolean) => (
      <RenderGuard retryKey={key} fallback={<p role="alert">Unavailable</p>}>
        <Broken fail={fail} />
      </RenderGuard>
    );
    const rendered = renderView(view('v1', true));
    expect(textOf(rendered.container)).toBe('Unavailable');
    rendered.rerender(view('v1', false));
    expect(textOf(rendered.container)).toBe('Unavailable');
    rendered.rerender(view('v2', false));
    expect(textOf(rendered.container)).toBe('The directory');
    const shown = rendered.container.querySelector('p');
    rendered.rerender(view('v3', false));
    expect(rendered.container.querySelector('p')).toBe(shown);
  });
});
