"use client";

/** Opens the browser's print dialogue (where "Save as PDF" is one of the printers). Not printed itself. */
export function PrintButton({ label = "Print this guide" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 font-bold text-ink hover:bg-button-secondary-hover print:hidden"
    >
      {label}
    </button>
  );
}
