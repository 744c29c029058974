import { render } from 'preact';
import { AppRoot, startLanguage } from './app/AppRoot';
import { loadCatalogue } from './i18n/i18n';
import './ui/styles.css';

// The reader's language first (a few milliseconds from the precache), so the first screen is
// already in it; English if that fails.
loadCatalogue(startLanguage)
  .catch(() => undefined)
  .finally(() => render(<AppRoot />, document.getElementById('app')!));
