/**
 * A QR code made on the server (lib/events/qr.ts) with the words it stands for, so it is never the only way in:
 * the code or link is always shown as text beside it.
 */
export function QrCode({ svg, label, className }: { svg: string; label: string; className?: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      className={className ?? "w-48 bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"}
      // The SVG comes from lib/events/qr.ts, never from user input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
