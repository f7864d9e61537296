// An official response published through the real service (lib/responses/service.ts), as a partner would from
// the triage pages: the e2e journeys run it in a separate process, so the notifications come from the same code.
// Usage: npx tsx --conditions=react-server tests/e2e/support/publish-response.ts <questionId> <partner email> <organisation slug> <body>
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { publishResponse } from "@/lib/responses/service";

async function main() {
  const [questionId, email, organisationSlug, body] = process.argv.slice(2);
  if (!questionId || !email || !organisationSlug || !body) throw new Error("Usage: <questionId> <email> <slug> <body>");
  const partner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: organisationSlug } });
  // The path a request takes: a session row, and the actor loaded through it.
  const session = await db.session.create({ data: { userId: partner.id }, select: { id: true } });
  const actor = await loadActor({ userId: partner.id, sessionVersion: partner.sessionVersion, sessionId: session.id });
  const result = await publishResponse(actor, { questionId, organisationId: organisation.id, body });
  console.log(JSON.stringify(result));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
