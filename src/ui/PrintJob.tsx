import './kiosk.css';
import { useEffect } from 'preact/hooks';
import type { CompiledEntry } from '../data/entry';
import type { Translator } from '../i18n/i18n';
import { PrintSlip } from './PrintSlip';

interface Props {
  i18n: Translator;
  /** A new object for each request, so the same entry can be printed twice. */
  job: { entry: CompiledEntry };
  onDone: () => void;
}

/** Puts an entry's slip on the page and prints it; `onDone` once printing is over. */
export function PrintJob({ i18n, job, onDone }: Props) {
  // After the slip is on the page: the print stylesheet shows only it.
  useEffect(() => {
    window.addEventListener('afterprint', onDone);
    window.print();
    return () => window.removeEventListener('afterprint', onDone);
  }, [job, onDone]);
  return <PrintSlip i18n={i18n} entry={job.entry} />;
}
