import './tips-extras.css';
import { useEffect, useState } from 'preact/hooks';
import type { CompiledContact } from '../data/entry';
import { createTranslator, loadCatalogue, type Translator } from '../i18n/i18n';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../i18n/languages';
import { withFirstMessage } from '../rules/link-schemes';
import { EXTERNAL_LINK_PROPS } from '../safety/links';
import { CopyButton } from './CopyButton';

interface Props {
  /** The entry's contacts: texts and WhatsApp get a link with the message, chats a copy button. */
  contacts: readonly CompiledContact[];
  i18n: Translator;
  /** Distinguishes this card's fields from another card's. */
  idPrefix: string;
}

/** Contacts a first message suits: those written to rather than called. */
export function takesFirstMessage(contact: CompiledContact): boolean {
  return contact.type === 'sms' || contact.type === 'whatsapp' || contact.type === 'chat';
}

/** The language's English name, so whoever answers can find an interpreter ("Burmese"). */
function englishName(tag: LanguageTag): string | null {
  if (tag === 'en') return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? null;
  } catch {
    return null;
  }
}

/** The first message in `tag`'s own words, once its text has loaded. */
export function firstMessageText(translator: Translator, tag: LanguageTag, canTalk: boolean): string {
  const own = SUPPORTED_LANGUAGES.find((language) => language.tag === tag)!.name;
  const english = englishName(tag);
  const language = english && english !== own ? `${own} (${english})` : own;
  return translator.t(canTalk ? 'message.body.canTalk' : 'message.body.cannotTalk', { language });
}

/**
 * "Write a first message": she picks the language she speaks (each named in itself) and whether
 * she can talk on the phone; the message is written in that language's own words and opens the
 * text or WhatsApp chat with it filled in (for a web chat, she copies it). Nothing is stored or
 * sent by the app; it says plainly that a sent message stays in the phone. Closed (as every card
 * shows it), it is only its summary: the form is drawn, and its language loaded, once opened.
 */
export function FirstMessage({ contacts, i18n, idPrefix }: Props) {
  const usable = contacts.filter(takesFirstMessage);
  const [open, setOpen] = useState(false);
  if (usable.length === 0) return null;
  return (
    <details class="first-message" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="first-message__summary">{i18n.t('message.open')}</summary>
      {open && <MessageForm usable={usable} i18n={i18n} idPrefix={idPrefix} />}
    </details>
  );
}

interface FormProps {
  usable: readonly CompiledContact[];
  i18n: Translator;
  idPrefix: string;
}

/** The open first message: her language, whether she can talk, the text and the ways to send it. */
function MessageForm({ usable, i18n, idPrefix }: FormProps) {
  const { t } = i18n;
  const [language, setLanguage] = useState<LanguageTag>(i18n.language);
  const [canTalk, setCanTalk] = useState(false);
  const [translator, setTranslator] = useState<Translator | null>(null);
  useEffect(() => {
    let current = true;
    loadCatalogue(language).then(
      () => current && setTranslator(createTranslator(language)),
      () => current && setTranslator(null),
    );
    return () => {
      current = false;
    };
  }, [language]);
  const ready = translator?.language === language ? translator : null;
  const text = ready ? firstMessageText(ready, language, canTalk) : '';
  const dir = SUPPORTED_LANGUAGES.find((each) => each.tag === language)!.dir;
  return (
    <div class="first-message__body">
      <p class="field">
        <label for={`${idPrefix}-language`}>{t('message.language')}</label>
        <select
          id={`${idPrefix}-language`}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value as LanguageTag)}
        >
          {SUPPORTED_LANGUAGES.map((each) => (
            <option key={each.tag} value={each.tag} lang={each.tag}>
              {each.name}
            </option>
          ))}
        </select>
      </p>
      <fieldset class="first-message__talk">
        <legend>{t('message.talk')}</legend>
        <label>
          <input type="radio" name={`${idPrefix}-talk`} checked={canTalk} onChange={() => setCanTalk(true)} />{' '}
          {t('message.canTalk')}
        </label>
        <label>
          <input type="radio" name={`${idPrefix}-talk`} checked={!canTalk} onChange={() => setCanTalk(false)} />{' '}
          {t('message.cannotTalk')}
        </label>
      </fieldset>
      <p class="first-message__label">{t('message.preview')}</p>
      <p class="first-message__text" lang={language} dir={dir} aria-live="polite">
        {text}
      </p>
      {ready && (
        <ul class="first-message__send">
          {usable.map((contact, i) => {
            if (contact.type === 'chat')
              return (
                <li key={i}>
                  <CopyButton text={text} label={t('message.copy')} done={t('message.copied')} failed={t('message.copyFailed')} />
                </li>
              );
            if (contact.type !== 'sms' && contact.type !== 'whatsapp') return null;
            const href = withFirstMessage(contact.href, text);
            if (!href) return null;
            return (
              <li key={i}>
                <a href={href} {...(href.startsWith('https:') ? EXTERNAL_LINK_PROPS : {})}>
                  <bdi>{t(contact.type === 'sms' ? 'message.sendSms' : 'message.sendWhatsapp', { number: contact.number })}</bdi>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <p class="first-message__history">{t('message.history')}</p>
    </div>
  );
}
