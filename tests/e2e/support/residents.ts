import { queryOne } from "./db";

/** A new adult resident with the demo password (copied from the demo citizen), with an address of their own. */
export async function newResident(
  displayName: string,
  emailPrefix = displayName.toLowerCase(),
): Promise<{ id: string; email: string }> {
  const email = `${emailPrefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const { id } = await queryOne<{ id: string }>(
    `INSERT INTO "user" (id, email, email_verified_at, password_hash, display_name, age_band, updated_at)
     SELECT gen_random_uuid(), $1, now(), password_hash, $2, 'age_25_44', now()
     FROM "user" WHERE email = 'citizen@example.com' RETURNING id`,
    [email, displayName],
  );
  return { id, email };
}

/**
 * A published question by `authorId` (open unless said otherwise), with what asking leaves: the first timeline
 * entry (to open) and the author following it.
 */
export async function publishedQuestion(
  authorId: string,
  question: { title: string; body: string; status?: "open" | "answered" },
): Promise<string> {
  const { id } = await queryOne<{ id: string }>(
    `INSERT INTO question (id, title, body, author_id, moderation, status, published_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'approved', $4, now(), now())
     RETURNING id`,
    [question.title, question.body, authorId, question.status ?? "open"],
  );
  await queryOne(
    `INSERT INTO status_change (id, question_id, actor_id, to_status) VALUES (gen_random_uuid(), $1, $2, 'open')`,
    [id, authorId],
  );
  await queryOne(`INSERT INTO follow (user_id, question_id) VALUES ($1, $2)`, [authorId, id]);
  return id;
}

/** A new adult resident (as newResident) who asked a published, open question. */
export async function authorWithQuestion(author: {
  displayName: string;
  emailPrefix: string;
  title: string;
  body: string;
}): Promise<{ email: string; questionId: string }> {
  const { id, email } = await newResident(author.displayName, author.emailPrefix);
  const questionId = await publishedQuestion(id, { title: author.title, body: author.body });
  return { email, questionId };
}
