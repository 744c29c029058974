import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAGS, checkJobOffer, type Answer, type JobAnswers, type RedFlag } from '../../src/guidance/job-check';
import { routeFor, type Need } from '../../src/guidance/needs';
import { checkNumber } from '../../src/guidance/number-check';
import { loadEnglishLater } from '../../src/i18n/i18n';
import { JobCheck } from '../../src/ui/JobCheck';
import { NeedMenu } from '../../src/ui/NeedMenu';
import { NumberCheck } from '../../src/ui/NumberCheck';
import { RouteView } from '../../src/ui/RouteView';
import { click, renderView, textOf } from './support/render';
import { TODAY, compiledEntry, translator } from './support/views';

// These screens render once their chunk and the English text they use have loaded (lazy-part).
beforeAll(() => loadEnglishLater());

const display = { mode: 'personal', saved: new Set<string>(), onSavedChange: () => undefined } as const;
const entries = [
  compiledEntry('ph-emergency', {
    kind: 'emergency',
    name: { en: 'Emergency numbers' },
    countries: ['PH'],
    topics: ['emergency'],
    contacts: [{ type: 'phone', number: '911', short: true }],
  }),
  compiledEntry('ph-police', { countries: ['PH'], operator: 'police', name: { en: 'Police trafficking desk' } }),
  compiledEntry('ph-ngo', { countries: ['PH'], operator: 'ngo', name: { en: 'Migrant workers NGO' } }),
  compiledEntry('ph-actionline', {
    countries: ['PH'],
    operator: 'government',
    name: { en: '1343 Actionline' },
    contacts: [{ type: 'phone', number: '1343', short: true }],
  }),
  compiledEntry('tip-job', { kind: 'tip', countries: [], topics: ['online-safety'], situations: ['job-offer'] }),
];

describe('NeedMenu', () => {
  it('is one button until opened, then six answers and the two checks, each a button', async () => {
    const { t } = await translator('en');
    const chosen: Need[] = [];
    const render = (open: boolean) => (
      <NeedMenu
        t={t}
        open={open}
        onToggle={() => undefined}
        onChoose={(need) => chosen.push(need)}
        onJobCheck={() => undefined}
        onNumberCheck={() => undefined}
      />
    );
    const view = renderView(render(false));
    const toggle = view.container.querySelector('#need-toggle')!;
    expect(textOf(toggle)).toBe('What do I need now?');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(view.container.querySelectorAll('button')).toHaveLength(1);
    view.rerender(render(true));
    expect(toggle.getAttribute('aria-controls')).toBe('need-list');
    const choices = [...view.container.querySelectorAll('#need-list button')].map(textOf);
    expect(choices).toEqual([
      'I am in danger now',
      'Someone took my passport or documents',
      'I am not paid or not free to leave',
      'A job offer or a person online worries me',
      'I got away and need support',
      'I want to help someone else',
      'Check a job offer',
      'Check a number',
    ]);
    click(view.container.querySelectorAll('#need-list button')[1]!);
    expect(chosen).toEqual(['documents']);
  });
});

describe('RouteView', () => {
  it('"in danger now": the emergency numbers first and alone, under their own heading', async () => {
    const i18n = await translator('en');
    const { container } = renderView(
      <RouteView
        i18n={i18n}
        today={TODAY}
        display={display}
        country="PH"
        route={routeFor(entries, 'danger', 'PH')}
        onJobCheck={() => undefined}
        onNumberCheck={() => undefined}
      />,
    );
    const urgent = container.querySelector('.route__urgent')!;
    expect(container.firstElementChild).toBe(urgent);
    expect(textOf(urgent.querySelector('h3'))).toBe('In danger now? Call the emergency number.');
    expect(urgent.querySelectorAll('article')).toHaveLength(1);
    expect(urgent.querySelector('a[href="tel:911"]')).not.toBeNull();
    expect(container.querySelector('.route__tools')).toBeNull();
  });

  it('passport taken: non-police lines first, said so, with operator labels; a job offer offers the check', async () => {
    const i18n = await translator('en');
    const jobChecks: number[] = [];
    const view = renderView(
      <RouteView
        i18n={i18n}
        today={TODAY}
        display={display}
        country="PH"
        route={routeFor(entries, 'documents', 'PH')}
        onJobCheck={() => jobChecks.push(1)}
        onNumberCheck={() => undefined}
      />,
    );
    const lines = view.container.querySelector('.route__lines')!;
    expect(textOf(lines.querySelector('h3'))).toBe('Lines in Philippines for this');
    expect(textOf(lines.querySelector('.route__note'))).toBe('Lines not run by the police come first.');
    const operators = [...lines.querySelectorAll('.operator')].map(textOf);
    expect(operators.at(-1)).toBe('Police line');
    expect(operators.slice(0, -1)).not.toContain('Police line');
    expect(view.container.textContent).not.toContain('Check a job offer');

    view.rerender(
      <RouteView
        i18n={i18n}
        today={TODAY}
        display={display}
        country="PH"
        route={routeFor(entries, 'job-online', 'PH')}
        onJobCheck={() => jobChecks.push(1)}
        onNumberCheck={() => undefined}
      />,
    );
    const button = [...view.container.querySelectorAll('.route__tools button')].find(
      (element) => textOf(element) === 'Check a job offer',
    );
    click(button!);
    expect(jobChecks).toEqual([1]);
    expect(textOf(view.container.querySelector('[aria-labelledby="route-tips"] h3'))).toBe('Tips for this');
  });
});

describe('JobCheck', () => {
  async function renderCheck(answers: JobAnswers, shown: boolean, destination = '') {
    const i18n = await translator('en');
    const answered: [RedFlag, Answer][] = [];
    let submitted = 0;
    const view = renderView(
      <JobCheck
        i18n={i18n}
        today={TODAY}
        display={display}
        answers={answers}
        destination={destination}
        countryCodes={['PH', 'SA', 'AE']}
        result={shown ? checkJobOffer(answers, entries, 'PH', destination) : null}
        onAnswer={(flag, answer) => answered.push([flag, answer])}
        onDestination={() => undefined}
        onShow={() => submitted++}
        onChange={() => undefined}
      />,
    );
    return { ...view, answered, submitted: () => submitted };
  }

  it('asks ten questions, each a fieldset with a legend and three labelled radios of one group', async () => {
    const { container } = await renderCheck({ pressure: 'unsure' }, false);
    const fieldsets = [...container.querySelectorAll('fieldset')];
    expect(fieldsets).toHaveLength(RED_FLAGS.length);
    for (const fieldset of fieldsets) {
      expect(textOf(fieldset.querySelector('legend'))).not.toBe('');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((radio) => textOf(radio.closest('label')))).toEqual(['Yes', 'No', 'Not sure']);
      expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    }
    const pressure = container.querySelectorAll('fieldset')[RED_FLAGS.indexOf('pressure')]!;
    expect(pressure.querySelector<HTMLInputElement>('input[value="unsure"]')!.checked).toBe(true);
    expect(textOf(container.querySelector('label[for="job-destination"]'))).toBe('Country of the job (optional)');
  });

  it('reports each answer, and submitting sends nothing anywhere: it only asks for the result', async () => {
    const { container, answered, submitted } = await renderCheck({}, false);
    click(container.querySelector('fieldset input[value="yes"]'));
    expect(answered).toEqual([['recruiter-fees', 'yes']]);
    const form = container.querySelector('form')!;
    expect(form.hasAttribute('action')).toBe(false);
    const event = new Event('submit', { bubbles: true, cancelable: true });
    act(() => {
      form.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(submitted()).toBe(1);
  });

  it('shows each flag with why and what to do, the unsure ones to find out, and her lines', async () => {
    const { container } = await renderCheck({ 'recruiter-fees': 'yes', 'keeps-passport': 'unsure' }, true);
    const flags = [...container.querySelectorAll('.job-flag')];
    expect(flags).toHaveLength(1);
    expect([...flags[0]!.querySelectorAll('p')].map(textOf)).toEqual([
      'Do you have to pay the recruiter or agency a fee?',
      'Fair employers pay recruitment costs. A fee can become a debt used to control you.',
      'What to do: Do not pay. Ask a line below whether the agency is licensed.',
    ]);
    const findOut = [...container.querySelectorAll('.job-result__find-out li')].map(textOf);
    expect(findOut[0]).toBe('Will the employer or agent keep your passport?');
    expect(findOut).toHaveLength(RED_FLAGS.length - 1);
    expect(textOf(container.querySelector('.job-result__lines h4.group__subtitle'))).toBe('Lines in Philippines');
    expect(container.querySelector('.job-result__none')).toBeNull();
  });

  it('with no flag found, says what it could not check, and never "safe"', async () => {
    const none = Object.fromEntries(RED_FLAGS.map((flag) => [flag, 'no'])) as JobAnswers;
    const { container } = await renderCheck(none, true, 'AE');
    const text = textOf(container.querySelector('.job-result__none'));
    expect(text).toContain('None of your answers shows a warning sign.');
    expect(text).toContain('This check cannot tell whether the recruiter, the employer or the job are real.');
    expect(textOf(container)).not.toMatch(/\bsafe\b/i);
    expect([...container.querySelectorAll('.job-result__lines h4.group__subtitle')].map(textOf)).toEqual([
      'Lines in Philippines',
      'Lines in United Arab Emirates',
    ]);
  });
});

describe('NumberCheck', () => {
  async function renderNumber(typed: string) {
    const i18n = await translator('en');
    const typedNow: string[] = [];
    const view = renderView(
      <NumberCheck
        i18n={i18n}
        today={TODAY}
        display={display}
        typed={typed}
        check={checkNumber(entries, typed, 'PH')}
        onType={(text) => typedNow.push(text)}
      />,
    );
    return { ...view, typedNow };
  }

  it('is a labelled field with its hint, remembering nothing', async () => {
    const { container, typedNow } = await renderNumber('');
    const input = container.querySelector('input')!;
    expect(textOf(container.querySelector(`label[for="${input.id}"]`))).toBe('A number someone gave you');
    expect(textOf(container.querySelector(`#${input.getAttribute('aria-describedby')}`))).toContain('Nothing you type is kept.');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('inputmode')).toBe('tel');
    expect(textOf(container.querySelector('[role="status"]'))).toBe('');
    input.value = '13 43';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(typedNow).toEqual(['13 43']);
  });

  it('names whose line a found number is: the entry, its country and who answers', async () => {
    const { container } = await renderNumber('1343');
    expect(textOf(container.querySelector('[role="status"] p'))).toBe('This number is in the directory. It is the number of:');
    expect(textOf(container.querySelector('.number-check__owners li'))).toBe(
      '1343 Actionline · Philippines · Government service',
    );
    expect(container.querySelector('article a[href="tel:1343"]')).not.toBeNull();
  });

  it('"not found" says only that it is not in this directory, neither safe nor fake', async () => {
    const { container } = await renderNumber('+63 917 000 0000');
    const status = container.querySelector('[role="status"]')!;
    expect([...status.querySelectorAll('p')].map(textOf)).toEqual([
      'This number is not in this directory.',
      'That does not tell whether it is real or not. To be sure, call a line from this directory and ask.',
    ]);
    const text = textOf(status);
    expect(text).not.toMatch(/\b(safe|fake|scam)\b/i);
  });
});
