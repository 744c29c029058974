/** The model's guidance state: named actions, memory only, gone with Quick exit, a kiosk's reset and "Back to home". */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { createAppModel, type AppModel, type FocusTarget } from '../../src/app/model';
import { createMemoryStore } from '../../src/data/store';
import { createSearchClient } from '../../src/search/search-client';
import { makeEntry } from './support/entries';

const entries = compileEntries([
  makeEntry('ph-emergency', { kind: 'emergency', countries: ['PH'], topics: ['emergency'] }),
  makeEntry('ph-line', {
    countries: ['PH'],
    operator: 'government',
    contacts: [{ type: 'phone', number: '1343', short: true }],
  }),
]);

let model: AppModel;
const focused: FocusTarget[] = [];
let sessionsForgotten = 0;

function start(kiosk = false): AppModel {
  model = createAppModel({
    start: {
      languages: ['en'],
      language: 'en',
      country: 'PH',
      kiosk,
      smallScreen: true,
      missingLanguage: null,
      clues: { userAgent: '' },
    },
    deployment: { title: 'Waypoint', kiosk: { enabled: kiosk, allowUrlFlag: true, idleSeconds: 90 } },
    catalogues: { has: () => true, load: async () => undefined },
    search: createSearchClient(),
    store: Promise.resolve(createMemoryStore()),
    page: {
      quickExit: (clearState) => clearState(),
      kioskExit: (clearState) => clearState(),
      kioskReady: () => undefined,
      removeDataAndExit: (_removals, exit) => exit(),
      forgetSession: () => void sessionsForgotten++,
      focus: (target) => void focused.push(target),
      resetScroll: () => undefined,
    },
    safetyNote: { isDismissed: () => true, remember: () => undefined },
    offlineCopy: { applyUpdate: () => undefined, removeFromDevice: async () => undefined },
  });
  model.directoryReady({ meta: { version: 'v1', generated: '2026-11-30T00:00:00.000Z', count: entries.length }, entries });
  return model;
}

/** Fills every piece of guidance state, the engine loaded. */
async function answerEverything(): Promise<void> {
  model.toggleNeeds();
  model.chooseNeed('job-online');
  model.openJobCheck();
  model.answerJob('recruiter-fees', 'yes');
  model.answerJob('pressure', 'unsure');
  model.setJobDestination('AE');
  model.showJobResult();
  model.setNumber('1343');
  await vi.waitFor(() => expect(model.numberCheck.value?.status).toBe('found'));
  expect(model.jobResult.value?.found).toEqual(['recruiter-fees']);
}

function expectNothingLeft(): void {
  expect(model.needsOpen.value).toBe(false);
  expect(model.guide.value).toBeNull();
  expect(model.route.value).toBeNull();
  expect(model.jobAnswers.value).toEqual({});
  expect(model.jobDestination.value).toBe('');
  expect(model.jobResult.value).toBeNull();
  expect(model.numberTyped.value).toBe('');
  expect(model.numberCheck.value).toEqual({ status: 'empty' });
}

afterEach(() => model?.dispose());

describe('app model: guidance', () => {
  it('a need shows its route for her country (once the engine has loaded), and focus goes to it', async () => {
    start();
    model.toggleNeeds();
    expect(model.needsOpen.value).toBe(true);
    model.chooseNeed('job-online');
    expect(model.needsOpen.value).toBe(false);
    await vi.waitFor(() => expect(model.route.value).not.toBeNull());
    expect(model.route.value?.emergency?.id).toBe('ph-emergency');
    expect(model.route.value?.offerJobCheck).toBe(true);
    expect(focused.at(-1)).toBe('guidance');
  });

  it('the job check gives its result only once asked, and keeps the answers to change them', async () => {
    start();
    model.openJobCheck();
    await vi.waitFor(() => expect(model.numberCheck.value).not.toBeNull());
    model.answerJob('keeps-passport', 'yes');
    expect(model.jobResult.value).toBeNull();
    model.showJobResult();
    expect(model.jobResult.value?.found).toEqual(['keeps-passport']);
    expect(focused.at(-1)).toBe('job-result');
    model.changeJobAnswers();
    expect(model.jobResult.value).toBeNull();
    expect(model.jobAnswers.value).toEqual({ 'keeps-passport': 'yes' });
  });

  it('the number check answers what she typed, short codes within her country', async () => {
    start();
    model.openNumberCheck();
    model.setNumber('1343');
    await vi.waitFor(() => expect(model.numberCheck.value).not.toBeNull());
    const check = model.numberCheck.value!;
    expect(check.status === 'found' && check.matches.map((match) => match.entry.id)).toEqual(['ph-line']);
  });

  it('Quick exit forgets every answer', async () => {
    start();
    await answerEverything();
    model.exit();
    expectNothingLeft();
  });

  it('a kiosk’s reset forgets every answer', async () => {
    start(true);
    await answerEverything();
    model.forgetVisitor();
    expectNothingLeft();
  });

  it('"Back to home" forgets every answer and returns focus to the question', async () => {
    start();
    await answerEverything();
    model.leaveGuidance();
    expectNothingLeft();
    expect(focused.at(-1)).toBe('needs');
  });

  it('searching takes the results area back, and the answers go with it', async () => {
    start();
    await answerEverything();
    model.setQuery('trafficking');
    expectNothingLeft();
  });
});
