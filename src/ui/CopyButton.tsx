import { useState } from 'preact/hooks';

interface Props {
  text: string;
  label: string;
  /** Said once the text is on the clipboard. */
  done: string;
  /** Said when the browser refused (no permission, an old browser, an insecure page). */
  failed: string;
}

/**
 * Copies `text` with the Clipboard API. What happened is said in a live region beside the
 * button, and a refusal says how to copy by hand; nothing is kept anywhere else.
 */
export function CopyButton({ text, label, done, failed }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    const writing = navigator.clipboard?.writeText(text);
    if (!writing) {
      setState('failed');
      return;
    }
    writing.then(
      () => setState('done'),
      () => setState('failed'),
    );
  };
  return (
    <span class="copy">
      <button type="button" class="button button--secondary" onClick={copy}>
        {label}
      </button>{' '}
      <span class="copy__status" role="status">
        {state === 'done' ? done : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
