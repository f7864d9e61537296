"use client";

/** Opens the browser's print dialogue. Rendered by the page only beside words saying how to print without it. */
export function PrintButton({ children }: { children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover print:hidden"
    >
      {children}
    </button>
  );
}
