import { describe, expect, it } from 'vitest';
import { SearchField } from '../../src/ui/SearchField';
import { renderView, textOf } from './support/render';
import { translator } from './support/views';

async function renderField(query = '', resultsShown = true) {
  const queries: string[] = [];
  const { t } = await translator('en');
  const { container } = renderView(
    <SearchField t={t} query={query} onQuery={(next) => queries.push(next)} resultsShown={resultsShown} />,
  );
  return { container, input: container.querySelector('input')!, queries };
}

describe('SearchField', () => {
  it('is a labelled search box with its hint, inside a search landmark and no form', async () => {
    const { container, input } = await renderField();
    expect(container.querySelector('[role="search"]')).not.toBeNull();
    expect(container.querySelector('form')).toBeNull();
    expect(input.type).toBe('search');
    expect(textOf(container.querySelector(`label[for="${input.id}"]`))).toBe('Search for help');
    expect(textOf(container.querySelector(`#${input.getAttribute('aria-describedby')}`))).toBe(
      'A country, a kind of help, an organisation or a number. Nothing you type is kept.',
    );
    expect(input.getAttribute('aria-controls')).toBe('results');
  });

  it('asks the browser to remember and capitalise nothing', async () => {
    const { input } = await renderField();
    // (spellcheck={false} is a property happy-dom lacks, so Preact drops it here: not checked.)
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('autocapitalize')).toBe('off');
  });

  it('shows the query it is given and reports each change as typed', async () => {
    const { input, queries } = await renderField('help');
    expect(input.value).toBe('help');
    input.value = 'helpline';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(queries).toEqual(['helpline']);
  });

  it('points at the results only once they are on the page (while loading there is nothing to control)', async () => {
    const { input } = await renderField('', false);
    expect(input.hasAttribute('aria-controls')).toBe(false);
  });
});
