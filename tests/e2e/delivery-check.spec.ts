import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { errorSummary } from "./support/forms";
import { queryOne } from "./support/db";
import { authorWithQuestion, newResident } from "./support/residents";

const run = promisify(execFile);

test("a supporter is asked whether a commitment was delivered, answers from the notification, changes the answer and sees the counts", async ({
  page,
}) => {
  test.slow();
  const title = `Could Basildon market have solar canopies ${Date.now() % 100000}?`;
  const { questionId } = await authorWithQuestion({
    displayName: "Sol Asker",
    emailPrefix: "solar-asker",
    title,
    body: "The stalls bake in summer and the roof could make power.",
  });
  const supporter = await newResident("Dee Supporter", "delivery-supporter");
  await queryOne(`INSERT INTO vote (user_id, question_id) VALUES ($1, $2)`, [supporter.id, questionId]);
  await queryOne(`UPDATE question SET support_count = support_count + 1 WHERE id = $1`, [questionId]);
  const promise = `Solar canopies over Basildon market ${Date.now() % 100000}`;
  const { id: commitmentId } = await queryOne<{ id: string }>(
    `INSERT INTO commitment (id, organisation_id, title, description, target_date, state, progress, evidence,
       evidence_links, delivered_at, created_by_id, updated_at)
     SELECT gen_random_uuid(), o.id, $1, 'Canopies with solar panels over the market stalls.', now() - interval '60 days',
       'delivered', 100, 'The canopies went up in the spring and feed the market lights.',
       ARRAY['https://example.com/basildon-canopies'], now() - interval '40 days', u.id, now()
     FROM organisation o, "user" u WHERE o.slug = 'essex-county-council' AND u.email = 'ecc.officer@example.com'
     RETURNING id`,
    [promise],
  );
  await queryOne(`INSERT INTO commitment_question (commitment_id, question_id) VALUES ($1, $2)`, [
    commitmentId,
    questionId,
  ]);
  // Nine people asked earlier have answered: six yes, two partly, one no.
  await queryOne(
    `WITH people AS (
       INSERT INTO "user" (id, email, email_verified_at, display_name, updated_at)
       SELECT gen_random_uuid(), 'answered-' || n || '-' || $2 || '@example.com', now(), 'Earlier Answer ' || n, now()
       FROM generate_series(1, 9) AS n RETURNING id, display_name
     )
     INSERT INTO delivery_check (commitment_id, user_id, answer, answered_at)
     SELECT $1, id, (CASE WHEN right(display_name, 1)::int <= 6 THEN 'yes'
                          WHEN right(display_name, 1)::int <= 8 THEN 'partly' ELSE 'no' END)::"DeliveryAnswer", now()
     FROM people`,
    [commitmentId, commitmentId.slice(0, 8)],
  );

  // The scheduled job asks the supporter.
  const sent = await run("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/send-delivery-checks.ts"], {
    env: process.env,
  });
  expect(JSON.parse(sent.stdout).asked).toBeGreaterThanOrEqual(1);

  await signInByRequest(page, supporter.email);
  await page.goto("/notifications");
  const item = page
    .getByRole("list", { name: "Your notifications" })
    .getByRole("listitem")
    .filter({ hasText: promise });
  await expect(item).toContainText("has it been delivered? Tell us what you see.");
  await expectNoAxeViolations(page);
  await item.getByRole("button", { name: /has it been delivered/ }).click();

  await expect(page).toHaveURL(new RegExp(`/commitments/${commitmentId}/delivered$`));
  await expect(page.getByRole("heading", { level: 1, name: "Has this been delivered?" })).toBeVisible();
  await expect(page.getByText(promise)).toBeVisible();
  await expect(page.getByText("The canopies went up in the spring")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText("Fewer than 10 people have answered so far.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Sending without a choice says what to do, next to the question.
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(errorSummary(page)).toContainText("Select whether this has been delivered");
  await expectNoAxeViolations(page);

  await page.getByLabel("Yes, it has been delivered").check();
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page.getByRole("status")).toContainText("Your answer is saved: Yes, it has been delivered.");
  const counts = page.getByRole("region", { name: "Has it been delivered? What supporters say" });
  await expect(counts).toContainText("7 of 10 who answered say yes, it has been delivered");
  await expect(counts).toContainText("2 of 10 who answered say it has partly been delivered");
  await expect(counts).toContainText("1 of 10 who answered say no, it has not been delivered");
  await expectNoAxeViolations(page);

  // Changing the answer: still one answer from this person.
  await expect(page.getByLabel("Yes, it has been delivered")).toBeChecked();
  await page.getByLabel("Partly: some of it has been delivered").check();
  await page.getByRole("button", { name: "Change your answer" }).click();
  await expect(page.getByRole("status")).toContainText("Your answer is saved: Partly");
  await expect(counts).toContainText("6 of 10 who answered say yes, it has been delivered");
  await expect(counts).toContainText("3 of 10 who answered say it has partly been delivered");
  const mine = await queryOne<{ n: string; answer: string }>(
    `SELECT count(*) AS n, max(answer::text) AS answer FROM delivery_check WHERE commitment_id = $1 AND user_id = $2`,
    [commitmentId, supporter.id],
  );
  expect(mine).toEqual({ n: "1", answer: "partly" });
  await expectNoAxeViolations(page);
});
