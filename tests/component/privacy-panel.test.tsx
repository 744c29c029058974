/** The privacy section says plainly what "Remove this app's data" cannot reach. */
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages';
import { PrivacyPanel } from '../../src/ui/PrivacyPanel';
import { renderView, textOf } from './support/render';
import { translator } from './support/views';

describe('PrivacyPanel', () => {
  it('says that the browser may keep copies on disk and that its history keeps the address, before the remove button', async () => {
    const i18n = await translator('en');
    const { container } = renderView(<PrivacyPanel t={i18n.t} onShowNote={() => {}} onRemoveData={() => {}} />);
    const text = textOf(container);
    expect(text).toContain('your browser may keep copies of its files on this device for a while');
    expect(text).toContain('your browser history still lists this site');
    expect(text).toContain('delete your browsing data in the browser’s settings');
    expect(text.indexOf('browser history still lists')).toBeLessThan(text.indexOf('Remove this app’s data from this device'));
  });

  it.each(SUPPORTED_LANGUAGES.map((language) => language.tag))('says it in %s, in that language', async (tag) => {
    const i18n = await translator(tag);
    const { container } = renderView(<PrivacyPanel t={i18n.t} onShowNote={() => {}} onRemoveData={() => {}} />);
    expect(textOf(container)).toContain(i18n.t('privacy.traces'));
    if (tag !== 'en') expect(i18n.t('privacy.traces')).not.toBe((await translator('en')).t('privacy.traces'));
  });
});
