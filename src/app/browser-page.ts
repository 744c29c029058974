/**
 * The browser side of the model: the page port its actions use, and the listeners that feed it
 * (exit shortcuts, the back/forward cache, kiosk input, <html> language and direction).
 */
import { effect } from '@preact/signals-core';
import { blockNewWindows, listenForActivity } from '../kiosk/kiosk-guards';
import { endExit } from '../safety/exit-latch';
import { forgetSession, kioskExit, listenForExitShortcuts, quickExit, resetOnRestore } from '../safety/quick-exit';
import { removeDataAndExit } from '../safety/remove-data';
import { stopListening } from '../speech/listen';
import type { AppModel, FocusTarget, PagePort } from './model';

/** The element each focus target names. */
const FOCUS_IDS: Record<FocusTarget, string> = {
  search: 'search',
  note: 'safety-note-title',
  results: 'results',
  'country-search': 'country-search',
  help: 'help-heading',
  'kiosk-start': 'kiosk-start',
  needs: 'need-toggle',
  guidance: 'guidance-heading',
  'job-result': 'job-result-heading',
  partners: 'partners-heading',
  filters: 'filters-toggle',
  'more-results': 'results-more',
};

/** The page port for a deployment that exits to `exitUrl`. */
export function browserPage(exitUrl: string): PagePort {
  return {
    quickExit: (clearState) => {
      // Nothing may go on talking once she has left.
      stopListening();
      quickExit({ exitUrl, clearState });
    },
    kioskExit: (clearState) => {
      stopListening();
      kioskExit(clearState);
    },
    kioskReady: endExit,
    removeDataAndExit: (removals, exit) => void removeDataAndExit({ ...removals, exit }),
    forgetSession,
    focus(target, options) {
      // After the render the action caused (Preact renders in a microtask), and after a closing
      // dialog has handed focus back, so this focus is the one that stays.
      setTimeout(() => document.getElementById(FOCUS_IDS[target])?.focus(options), 0);
    },
    resetScroll(title) {
      stopListening();
      document.title = title;
      window.scrollTo(0, 0);
    },
  };
}

/** Connects the model to the page's events. Returns a function that disconnects it. */
export function connectPage(model: AppModel): () => void {
  const root = document.documentElement;
  const stops = [
    // Interface language and direction on <html>, so screen readers and right-to-left layout follow.
    effect(() => {
      const { language, dir } = model.i18n.value;
      root.lang = language;
      root.dir = dir;
    }),
    listenForExitShortcuts(model.exit, model.shiftPressed),
    resetOnRestore(model.kiosk ? model.forgetVisitor : model.resetToHome),
  ];
  if (model.kiosk) {
    // A kiosk's larger type comes from a class on <html>; nothing on a shared screen opens a window.
    root.classList.add('kiosk');
    stops.push(blockNewWindows(), listenForActivity(model.kioskActivity));
  }
  return () => {
    for (const stop of stops) stop();
  };
}
