import './tips-extras.css';
import type { CompiledEntry } from '../data/entry';
import type { MessageKey, Translator } from '../i18n/i18n';
import { isUnProgramme } from '../rules/un-programmes';
import { EXTERNAL_LINK_PROPS, safeHref } from '../safety/links';
import { CopyButton } from './CopyButton';
import { pick } from './localized';

interface Props {
  i18n: Translator;
  /** The whole directory: its UN programmes are linked. */
  entries: readonly CompiledEntry[];
  onBack: () => void;
}

const ACTIONS = ['orange', 'invest', 'tech', 'dialogue'] as const;
const MESSAGES = ['july', 'orange', 'jobs'] as const;
const PRINCIPLES = ['harm', 'consent', 'confidential'] as const;

/**
 * "For partners": for organisations and people who campaign, out of the way of anyone looking
 * for help (reached from the footer, never on a kiosk). The days to act on, actions, short
 * messages to copy and share, how to share survivors' stories, and the UN programmes of the
 * directory. All of it text in the reader's language; nothing is sent or kept.
 */
export function PartnerView({ i18n, entries, onBack }: Props) {
  const { t } = i18n;
  const key = (text: string) => text as MessageKey;
  const programmes = entries.filter(isUnProgramme);
  return (
    <section class="partners" aria-labelledby="partners-heading">
      <p>
        <button type="button" class="link-button" onClick={onBack}>
          {t('partners.back')}
        </button>
      </p>
      <h2 id="partners-heading" tabIndex={-1}>
        {t('partners.title')}
      </h2>
      <p>{t('partners.intro')}</p>
      <h3>{t('partners.days.heading')}</h3>
      <ul>
        <li>{t('partners.days.july')}</li>
        <li>{t('partners.days.orange')}</li>
      </ul>
      <h3>{t('partners.actions.heading')}</h3>
      <ul>
        {ACTIONS.map((action) => (
          <li key={action}>{t(key(`partners.action.${action}`))}</li>
        ))}
      </ul>
      <h3>{t('partners.messages.heading')}</h3>
      <ul class="partners__messages">
        {MESSAGES.map((message) => {
          const text = t(key(`partners.message.${message}`));
          return (
            <li key={message} class="partners__message">
              <p>{text}</p>
              <CopyButton text={text} label={t('message.copy')} done={t('message.copied')} failed={t('message.copyFailed')} />
            </li>
          );
        })}
      </ul>
      <h3>{t('partners.principles.heading')}</h3>
      <ul>
        {PRINCIPLES.map((principle) => (
          <li key={principle}>{t(key(`partners.principle.${principle}`))}</li>
        ))}
      </ul>
      <h3>{t('partners.programmes.heading')}</h3>
      <ul class="partners__programmes">
        {programmes.map((entry) => {
          const name = pick(entry.name, i18n.language);
          const href = safeHref(entry.url ?? entry.source);
          return (
            <li key={entry.id} class="partners__link-item">
              {href ? (
                <a href={href} {...EXTERNAL_LINK_PROPS} lang={name.lang} dir="auto">
                  {name.text}
                  <span class="visually-hidden"> {t('contact.opensNewWindow')}</span>
                </a>
              ) : (
                <span lang={name.lang}>{name.text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
