import type { Translator } from '../i18n/i18n';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../i18n/languages';

interface Props {
  i18n: Translator;
  title: string;
  languages: readonly LanguageTag[];
  onLanguageChange: (language: LanguageTag) => void;
  /** The browser's language the app has no text for, if any. */
  missingLanguage?: string | null;
}

/** A language's name in itself ("Deutsch"), else in the reader's language, else its tag. */
function ownName(tag: string, i18n: Translator): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag) ?? i18n.languageName(tag);
  } catch {
    return tag;
  }
}

/** App name and language choice. */
export function Header({ i18n, title, languages, onLanguageChange, missingLanguage }: Props) {
  const offered = SUPPORTED_LANGUAGES.filter((language) => languages.includes(language.tag));
  return (
    <header class="site-header">
      <div class="site-header__brand">
        <p class="site-header__title">{title}</p>
        <p class="site-header__tagline">{i18n.t('app.tagline')}</p>
      </div>
      {offered.length > 1 && (
        <div class="field field--inline">
          <label for="language">{i18n.t('language.label')}</label>
          <select
            id="language"
            value={i18n.language}
            onChange={(event) => onLanguageChange((event.currentTarget as HTMLSelectElement).value as LanguageTag)}
          >
            {offered.map((language) => (
              <option key={language.tag} value={language.tag} lang={language.tag}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {missingLanguage && (
        <p class="site-header__missing" role="note">
          {i18n.t('language.missing', {
            // The language, not its region: "German (Deutsch)".
            language: `${i18n.languageName(missingLanguage.split('-')[0]!)} (${ownName(missingLanguage.split('-')[0]!, i18n)})`,
            shown: i18n.languageName(i18n.language),
          })}
        </p>
      )}
    </header>
  );
}
