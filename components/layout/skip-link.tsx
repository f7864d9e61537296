export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3 focus:bg-focus focus:text-ink"
    >
      Skip to main content
    </a>
  );
}
