"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary: "bg-success text-white hover:bg-success-dark",
    secondary: "bg-wash text-ink border-b-4 border-button-secondary-shadow hover:bg-button-secondary-hover",
    warning: "bg-danger text-white hover:bg-danger-dark",
  }[variant];
  return (
    <button
      type="submit"
      // Not `disabled`: a disabled button loses keyboard focus to the page while the answer is awaited (WCAG
      // 2.4.3). A press (or Enter in a field, which presses the default button) is ignored instead.
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`min-h-11 px-5 py-2 text-[1.1875rem] font-bold ${colours}`}
    >
      {children}
    </button>
  );
}
