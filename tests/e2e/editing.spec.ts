import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { errorSummary } from "./support/forms";

// Editing goes through an action bound to the question's id on the server page; a refused edit keeps what
// the person typed in every field, the district select included.
test("the author changes their question: a refused edit keeps what they typed, a corrected one is saved", async ({
  page,
}) => {
  const word = `Tollesbury${Date.now() % 100000}`;
  await signInByRequest(page, "citizen@example.com");
  await page.goto("/questions/ask");
  await page.getByLabel("Your question or idea").fill(`Could the ${word} marina car park take more bikes?`);
  await page
    .getByLabel("Details")
    .fill("The bike racks are always full on summer weekends and people lock bikes to the fence.");
  await page.getByLabel("Transport and mobility").check();
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page.getByText("Your question has been published.")).toBeVisible();

  await page.getByRole("link", { name: "Change your question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your question" })).toBeVisible();
  await page.getByLabel("Your question or idea").fill("Too short");
  await page.getByLabel(/Which part of Essex/).selectOption({ label: "Maldon" });
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(errorSummary(page)).toContainText("Your question must be 10 characters or more");
  await expect(page.getByLabel("Your question or idea")).toHaveValue("Too short");
  await expect(page.getByLabel("Details")).toHaveValue(/always full on summer weekends/);
  await expect(page.getByLabel("Transport and mobility")).toBeChecked();
  await expect(page.getByLabel(/Which part of Essex/)).toHaveValue("maldon");
  await expectNoAxeViolations(page);

  await page.getByLabel("Your question or idea").fill(`Could the ${word} marina car park have covered bike racks?`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Could the ${word} marina car park have covered bike racks?` }),
  ).toBeVisible();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  await expect(page.getByText("Maldon")).toBeVisible();
});
