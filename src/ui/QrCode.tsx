import './kiosk.css';
import { useEffect, useState } from 'preact/hooks';
import type { QrShape } from './qr-code';

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
export function QrSvg({
  shape,
  quietZone,
  label,
  class: className,
}: Omit<Props, 'value'> & { shape: QrShape; quietZone: number }) {
  const side = shape.size + quietZone * 2;
  return (
    <svg
      class={className ? `qr ${className}` : 'qr'}
      role="img"
      aria-label={label}
      viewBox={`${-quietZone} ${-quietZone} ${side} ${side}`}
      shape-rendering="crispEdges"
      focusable="false"
    >
      <rect x={-quietZone} y={-quietZone} width={side} height={side} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}

/** A QR code for `value`; a same-sized blank until the encoder has loaded. */
export function QrCode({ value, label, class: className }: Props) {
  const qr = useQrModule();
  if (!qr) return <span class={className ? `qr ${className} qr--loading` : 'qr qr--loading'} aria-hidden="true" />;
  return <QrSvg shape={qr.qrShape(value)} quietZone={qr.QUIET_ZONE} label={label} class={className} />;
}
