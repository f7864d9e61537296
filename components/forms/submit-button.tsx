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
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-11 px-5 py-2 text-[1.1875rem] font-bold ${colours} disabled:opacity-70`}
    >
      {children}
    </button>
  );
}
