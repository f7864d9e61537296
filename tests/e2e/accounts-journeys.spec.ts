import { expect, test, type Page } from "@playwright/test";
import {
  DEMO_PASSWORD,
  openLinkFromMail,
  signInByRequest,
  signInWithPassword,
  signOut,
  uniqueEmail,
} from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const PASSWORD = "kingfisher estuary lantern";
const CONFIRM_SUBJECT = "Confirm your email address for My Smarter Essex";

/** Fills the sign-up form (already open) and sends it, then checks the check-your-email page names the address. */
async function createAccount(page: Page, email: string, age: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Create a password").fill(PASSWORD);
  await page.getByRole("group", { name: "How old are you?" }).getByLabel(age, { exact: true }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("main").getByText(email, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Signs up with the given age answer and confirms by the emailed link, landing on the account page. */
async function signUpAndConfirm(page: Page, email: string, age: string): Promise<void> {
  await page.goto("/sign-up");
  await expectNoAxeViolations(page);
  await createAccount(page, email, age);
  await openLinkFromMail(page, email, CONFIRM_SUBJECT);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

const mailsTo = async (email: string) =>
  Number((await queryOne<{ n: string }>(`SELECT count(*) AS n FROM captured_mail WHERE to_address = $1`, [email])).n);

test("signing in from a question, a newcomer creates an account, confirms it and lands back on that question", async ({
  page,
}) => {
  const { id } = await queryOne<{ id: string }>(
    `SELECT id FROM question WHERE moderation = 'approved' ORDER BY published_at DESC, id LIMIT 1`,
  );
  const email = uniqueEmail("from-question");
  await page.goto(`/questions/${id}`);
  // The question page's own "sign in" link, which names the page to come back to.
  await page.locator(`main a[href^="/sign-in?returnTo="]`).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // Why an account is needed, and the way to make one, before the password form.
  await expect(page.getByText("You need an account to ask a question, support one or comment")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-up\\?returnTo=${encodeURIComponent(`/questions/${id}`)}$`));
  await expect(page.getByRole("link", { name: "privacy notice" }).first()).toHaveAttribute("href", "/privacy");
  await expect(page.getByRole("main").getByRole("link", { name: "house rules" })).toHaveAttribute(
    "href",
    "/house-rules",
  );
  await expectNoAxeViolations(page);
  await createAccount(page, email, "25 to 44");
  // The address travels in a cookie, never in the URL.
  expect(page.url()).not.toContain(encodeURIComponent(email));
  expect(page.url()).not.toContain(email);

  await openLinkFromMail(page, email, CONFIRM_SUBJECT);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${id}$`));
  await expect(page.getByRole("banner").getByRole("link", { name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an under-16 who signs up gets the protections at once, with no profile step; a move to an adult group waits for a moderator", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("under-16");
  await signUpAndConfirm(page, email, "Under 16");
  const person = await queryOne<{
    id: string;
    age_band: string | null;
    email_notifications: boolean;
    display_name: string;
  }>(`SELECT id, age_band, email_notifications, display_name FROM "user" WHERE email = $1`, [email]);
  expect(person).toMatchObject({ age_band: "under_16", email_notifications: false });
  await expectHeldEvenWithATrackRecord(page, person.id);

  // Leaving the under-18 groups is a request, not a radio button.
  await page.goto("/account/profile");
  await expect(page.getByText("While you are under 18, or prefer not to say")).toBeVisible();
  await page.getByRole("group", { name: "How old are you?" }).getByLabel("18 to 24").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("A moderator needs to approve the change to your age group")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Waiting for a moderator" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    (await queryOne<{ age_band: string }>(`SELECT age_band FROM "user" WHERE id = $1`, [person.id])).age_band,
  ).toBe("under_16");

  // A moderator decides on their own page.
  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  await signInByRequest(moderatorPage, "moderator@example.com", DEMO_PASSWORD);
  await moderatorPage.goto("/moderation/age-band-requests");
  await expectNoAxeViolations(moderatorPage);
  await moderatorPage.getByRole("link", { name: `Decide on the request from ${person.display_name}` }).click();
  await expect(moderatorPage.getByRole("heading", { level: 1, name: "Decide an age group change" })).toBeVisible();
  await expectNoAxeViolations(moderatorPage);
  await moderatorPage.getByLabel("Decline: keep their age group as it is").check();
  await moderatorPage.getByRole("button", { name: "Save decision" }).click();
  await expect(
    errorSummary(moderatorPage).getByRole("link", { name: /Enter the reason you are declining/ }),
  ).toBeVisible();
  await expectNoAxeViolations(moderatorPage);
  await moderatorPage.getByLabel("Approve: change their age group").check();
  await moderatorPage.getByRole("button", { name: "Save decision" }).click();
  await expect(moderatorPage.getByText("Approved. Their age group has changed")).toBeVisible();
  await expectNoAxeViolations(moderatorPage);
  await moderatorContext.close();

  expect(
    (await queryOne<{ age_band: string }>(`SELECT age_band FROM "user" WHERE id = $1`, [person.id])).age_band,
  ).toBe("age_18_24");
  await expect.poll(() => mailsTo(email), { timeout: 20_000 }).toBe(2); // the confirmation, then the decision
});

test("someone who prefers not to say their age gets the same protections", async ({ page }) => {
  const email = uniqueEmail("not-said");
  await signUpAndConfirm(page, email, "Prefer not to say");
  const person = await queryOne<{ id: string; age_band: string | null; email_notifications: boolean }>(
    `SELECT id, age_band, email_notifications FROM "user" WHERE email = $1`,
    [email],
  );
  expect(person).toMatchObject({ age_band: null, email_notifications: false });
  await expectHeldEvenWithATrackRecord(page, person.id);
});

/**
 * An adult's post is held only until they have a track record; a protected person's always is. So the person
 * is given an approved question first, and their next one must still wait for a moderator.
 */
async function expectHeldEvenWithATrackRecord(page: Page, authorId: string): Promise<void> {
  await queryOne(
    `INSERT INTO question (id, title, body, author_id, moderation, status, published_at, updated_at)
     VALUES (gen_random_uuid(), 'An earlier approved question about bus stops', 'Approved before.', $1, 'approved', 'open', now(), now())`,
    [authorId],
  );
  await page.goto("/questions/ask");
  await page.getByLabel("Your question or idea").fill("Could school buses show live arrival times?");
  await page.getByLabel("Details").fill("The bus is often late and we wait in the rain.");
  await page.getByLabel("Transport and mobility").check();
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page).toHaveURL(/\/questions\/[0-9a-f-]{36}/);
  const asked = await queryOne<{ moderation: string }>(
    `SELECT moderation FROM question WHERE author_id = $1 AND title = 'Could school buses show live arrival times?'`,
    [authorId],
  );
  expect(asked.moderation).toBe("pending");
}

test("signing out says so", async ({ page }) => {
  // Not the demo citizen: the suite signs in as them from so many fresh browsers that their untrusted-source
  // budget (10 per 15 minutes) is close to spent.
  await signInWithPassword(page, "industry.engineer@example.com", DEMO_PASSWORD);
  await signOut(page);
  await expect(page.getByRole("heading", { level: 1, name: "You have signed out" })).toBeVisible();
  await expect(page).toHaveTitle(/You have signed out/);
});

test("the check-your-email pages show the address, send it again, and let the person change it", async ({ page }) => {
  const email = uniqueEmail("resend");
  await page.goto("/sign-up");
  await createAccount(page, email, "45 to 64");
  await expect.poll(() => mailsTo(email), { timeout: 20_000 }).toBe(1);
  await page.getByRole("button", { name: "Send the email again" }).click();
  await expect(page.getByText(`We have sent the email again to ${email}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => mailsTo(email), { timeout: 20_000 }).toBe(2);
  await page.getByRole("link", { name: "Change the email address" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();

  // Asking for a reset link: the same pattern, with the same careful wording about the account.
  await page.goto("/reset-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(`If there is an account for ${email}, we have sent it a link`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send the email again" }).click();
  await expect(page.getByText(`We have sent the email again to ${email}.`)).toBeVisible();
  await page.getByRole("link", { name: "Change the email address" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
});

test("after several wrong passwords the sign-in page offers an emailed link and a reset", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUpAndConfirm(page, email, "65 or over");
  await signOut(page);
  await page.goto("/sign-in");
  const offer = page.getByRole("region", { name: "Having trouble signing in?" });
  const password = page.getByLabel("Password", { exact: true });
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    // Each answer applied before the next try: React resets the form when an answer arrives, which would empty a
    // password typed while the previous one was still on its way (the response alone can come a moment before).
    await expect(password).toHaveValue("");
    await page.getByLabel("Email address").fill(email);
    await password.fill(`not my password ${attempt}`);
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(
      errorSummary(page).getByRole("link", { name: "Enter a correct email address and password" }),
    ).toBeVisible();
    if (attempt < 3) await expect(offer).toHaveCount(0);
    else await expect(offer).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await expect(offer.getByRole("link", { name: "Reset my password" })).toHaveAttribute("href", "/reset-password");
  await offer.getByRole("link", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email me a sign-in link" })).toBeVisible();
});

test("every account page opened directly passes axe", async ({ page }) => {
  const pages: [string, string][] = [
    ["/accessibility", "Accessibility statement for My Smarter Essex"],
    ["/account-deleted", "Your account has been deleted"],
    ["/privacy", "Privacy notice"],
    ["/house-rules", "House rules"],
    ["/signed-out", "You have signed out"],
    ["/reset-password", "Reset your password"],
    ["/reset-password/check-email", "Check your email"],
    ["/reset-password/new", "Choose a new password"],
    ["/sign-in/check-email", "Check your email"],
    ["/sign-in/link", "Sign in with your link"],
    ["/sign-up/check-email", "Check your email"],
    ["/verify-email", "Confirm your email address"],
    ["/contact/sent", "Message sent"],
    // Without a token (or with a mangled one) the page says the link is not valid and offers the settings.
    ["/unsubscribe", "Unsubscribe from emails"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await signInWithPassword(page, "moderator@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: "Age group change requests" })).toHaveAttribute(
    "href",
    "/moderation/age-band-requests",
  );
  for (const [path, heading] of [
    ["/account/profile", "Your profile"],
    ["/account/confirm-identity", "Confirm it's you"],
    ["/moderation/age-band-requests", "Age group change requests"],
    ["/account/emails", "Your email settings"],
    ["/account/data/readable", "Your data"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await signOut(page);
  // An administrator's "are you sure?" page before removing someone from an organisation, for a real member.
  const member = await queryOne<{ user_id: string; organisation_id: number; display_name: string; name: string }>(
    `SELECT m.user_id, m.organisation_id, u.display_name, o.name
     FROM organisation_membership m JOIN "user" u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id
     ORDER BY u.display_name LIMIT 1`,
  );
  await signInByRequest(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto(`/admin/people/remove-membership?person=${member.user_id}&organisation=${member.organisation_id}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Remove ${member.display_name} from ${member.name}?` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
