import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { newResident, publishedQuestion } from "./support/residents";

const stamp = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

test("a partner downloads the inbox view they filtered, with internal notes when they ask for them", async ({
  page,
}) => {
  // A new member of Essex County Council, and a question of this journey's own that the council holds in Maldon,
  // with an internal note: no other journey touches either.
  const partner = await newResident("Morgan", "export-partner");
  await queryOne(
    `INSERT INTO organisation_membership (user_id, organisation_id, role)
     SELECT $1, id, 'member' FROM organisation WHERE slug = 'essex-county-council'`,
    [partner.id],
  );
  const author = await newResident("Alex", "export-author");
  const title = `Could Maldon's sea wall path be lit in winter ${stamp.slice(-6)}?`;
  const questionId = await publishedQuestion(author.id, {
    title,
    body: "The path along the sea wall is dark by four o'clock from November to February.",
  });
  await queryOne(
    `UPDATE question SET status = 'under_review', district_id = (SELECT id FROM district WHERE slug = 'maldon')
     WHERE id = $1`,
    [questionId],
  );
  await queryOne(
    `INSERT INTO assignment (question_id, organisation_id, due_on, claimed_by_id, claimed_at, updated_at)
     SELECT $1, id, current_date + 28, $2, now(), now() FROM organisation WHERE slug = 'essex-county-council'`,
    [questionId, partner.id],
  );
  const note = `Ask the lighting team about solar bollards ${stamp}`;
  await queryOne(
    `INSERT INTO internal_note (id, question_id, organisation_id, author_id, body)
     SELECT gen_random_uuid(), $1, id, $2, $3 FROM organisation WHERE slug = 'essex-county-council'`,
    [questionId, partner.id, note],
  );

  await signInByRequest(page, partner.email);
  await page.goto("/partner");
  await page
    .getByRole("navigation", { name: "Inbox views" })
    .getByRole("link", { name: /^Essex County Council \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/partner\?view=organisation$/);
  await page.getByLabel("District").selectOption({ label: "Maldon" });
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(/view=organisation.*district=maldon/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Download this view" });
  const notes = form.getByLabel("Include internal notes");
  await expect(notes).not.toBeChecked();
  await notes.check();
  const downloading = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download this view (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^essex-county-council-inbox-organisation-\d{4}-\d{2}-\d{2}\.csv$/);

  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString("utf8"), { bom: true });
  expect(rows[0]).toEqual([
    "question id",
    "address",
    "title",
    "status",
    "themes",
    "district",
    "supporters",
    "published on",
    "days waiting",
    "lead organisation",
    "held by",
    "answer due on",
    "overdue",
    "your organisation's tags",
    "internal notes",
  ]);
  const row = rows.find((cells) => cells[0] === questionId);
  expect(row).toEqual([
    questionId,
    expect.stringMatching(new RegExp(`/questions/${questionId}$`)),
    title,
    "Under review",
    "",
    "Maldon",
    "0",
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    "0",
    "Essex County Council",
    "Morgan",
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    "no",
    "",
    expect.stringContaining(`Morgan, Essex County Council, on `),
  ]);
  expect(row![14]).toContain(note);
  // Every row is in Maldon: the file is the filtered view, not the whole inbox.
  expect(rows.slice(1).every((cells) => cells[5] === "Maldon")).toBe(true);
});
