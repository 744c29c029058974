import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What the code holds: a tel:, sms: or https: address. */
  value: string;
  /** Accessible name, e.g. "QR code for 0800 428 428". */
  label: string;
  class?: string;
}

type QrModule = typeof import('./qr-code');

// The encoder is only needed in kiosk mode: it loads on first use instead of weighing on every
// visitor's first page. The service worker precaches the chunk, so kiosks work offline.
let loaded: QrModule | null = null;
let loading: Promise<QrModule> | null = null;

function useQrModule(): QrModule | null {
  const [module, setModule] = useState<QrModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    loading ??= import('./qr-code').then((imported) => {
      loaded = imported;
      return imported;
    });
    loading.then((imported) => live && setModule(imported));
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}

/**
 * A QR code as inline SVG built from Preact elements (no innerHTML, nothing for the CSP to block).
 * Always dark on light with its quiet zone, whatever the theme: a scanner needs the contrast.
 */
export function QrCode({ value, label, class: className }: Props) {
  const qr = useQrModule();
  const classes = className ? `qr ${className}` : 'qr';
  if (!qr) return <span class={`${classes} qr--loading`} aria-hidden="true" />;
  const { size, path } = qr.qrShape(value);
  const quiet = qr.QUIET_ZONE;
  const side = size + quiet * 2;
  return (
    <svg
      class={classes}
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      shape-rendering="crispEdges"
      focusable="false"
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
