import { QUIET_ZONE, qrShape } from './qr-code';

interface Props {
  /** What the code holds: a tel:, sms: or https: address. */
  value: string;
  /** Accessible name, e.g. "QR code for 0800 428 428". */
  label: string;
  class?: string;
}

/**
 * A QR code as inline SVG built from Preact elements (no innerHTML, nothing for the CSP to block).
 * Always dark on light with its quiet zone, whatever the theme: a scanner needs the contrast.
 */
export function QrCode({ value, label, class: className }: Props) {
  const { size, path } = qrShape(value);
  const side = size + QUIET_ZONE * 2;
  return (
    <svg
      class={className ? `qr ${className}` : 'qr'}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shape-rendering="crispEdges"
      focusable="false"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
