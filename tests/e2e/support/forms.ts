import type { Page } from "@playwright/test";

/** The GOV.UK error summary at the top of a form (Next's route announcer is also an alert, so filter by title). */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ hasText: "There is a problem" });
}
