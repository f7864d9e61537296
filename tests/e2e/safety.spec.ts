import { expect, test } from "@playwright/test";
import { signInByRequest, signInWithPassword, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";
import { authorWithQuestion, newResident } from "./support/residents";

const MODERATOR = "moderator@example.com";
const ADMIN = "admin@example.com";

test("a moderator marks a resident's question as a safeguarding concern; it leaves public view and an admin closes it", async ({
  page,
  browser,
}) => {
  const title = `Is anyone there to talk to after school? ${Date.now()}`;
  const { questionId } = await authorWithQuestion({
    displayName: "Worried Wren",
    emailPrefix: "worried-wren",
    title,
    body: "Things at home are frightening and I do not know who to tell.",
  });

  await signInByRequest(page, MODERATOR);
  await page.goto(`/moderation/safeguarding/new?question=${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Mark as a safeguarding concern" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What to do now" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("What made you concerned?").fill("A child says they are frightened at home.");
  await page.getByRole("button", { name: "Mark as a safeguarding concern" }).click();
  const banner = page.getByRole("status", { name: "Success" });
  await expect(banner).toContainText("The post is hidden and the administrators have been alerted");
  await expect(banner).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "What to do now" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A visitor no longer finds it.
  const visitor = await browser.newPage();
  await visitor.goto(`/questions/${questionId}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toHaveCount(0);
  await visitor.close();

  await signOut(page);
  await signInWithPassword(page, ADMIN);
  await page
    .getByRole("banner")
    .getByRole("link", { name: /Notifications/ })
    .click();
  await page
    .getByRole("button", { name: /A moderator has raised a safeguarding concern/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Safeguarding concerns" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `“${title}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safeguarding concern" })).toBeVisible();
  await expect(page.getByText("A child says they are frightened at home.")).toBeVisible();
  await expect(page.getByText("Things at home are frightening")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("What was done?").fill("Told the designated safeguarding lead by phone at 10am.");
  await page.getByRole("button", { name: "Close the concern" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toContainText("The concern is closed.");
  await expect(page.getByText("Told the designated safeguarding lead by phone at 10am.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a moderator finds and suspends a resident, who sees why, is refused asking, and can still download their data", async ({
  page,
  browser,
}) => {
  const name = `Noisy Newt ${Date.now()}`;
  const resident = await newResident(name, "noisy-newt");

  await signInByRequest(page, MODERATOR);
  await page.goto("/moderation/people");
  await expect(page.getByRole("heading", { level: 1, name: "Find a person" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Find people by public name").fill(name.slice(0, 14));
  await page.getByRole("button", { name: "Search names" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Reason for the suspension").fill("Posted the same advert twelve times after a warning.");
  await page.getByRole("button", { name: "Suspend account" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toContainText("Account suspended.");
  await expect(page.getByRole("button", { name: "Lift the suspension" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await queryOne<{ status: string }>(`SELECT status::text FROM "user" WHERE id = $1`, [resident.id])).toEqual({
    status: "suspended",
  });

  const person = await browser.newPage();
  await signInWithPassword(person, resident.email);
  const notice = person.getByRole("region", { name: "Your account is suspended" });
  await expect(notice).toContainText("Posted the same advert twelve times after a warning.");
  await expect(notice).toContainText("until a moderator lifts it");
  await expectNoAxeViolations(person);

  await person.goto("/questions/ask");
  await expect(notice).toBeVisible();
  await person.getByLabel("Your question or idea").fill("Could Basildon have a repair cafe in the library?");
  await person.getByLabel("Details").fill("A place to fix bikes, kettles and lamps together.");
  await person.getByLabel("Transport and mobility").check();
  await person.getByRole("button", { name: "Send your question" }).click();
  await expect(errorSummary(person)).toContainText("Your account is suspended until a moderator lifts it");
  await expectNoAxeViolations(person);

  await person.goto("/account");
  const download = person.waitForEvent("download");
  await person.getByRole("link", { name: "Download your data (JSON file)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^my-smarter-essex-data-.*\.json$/);
  await person.close();
});
