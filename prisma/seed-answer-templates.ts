// Demo answer templates: a couple of standard paragraphs per partner organisation, written by one of its demo
// members, so the composer has something to insert. Stable ids: a second run finds them and changes nothing.
import type { PrismaClient } from "../lib/generated/prisma/client";

/** Organisation slug → the demo account that wrote its templates, and the templates. */
const DEMO_TEMPLATES: Record<string, { author: string; templates: { title: string; body: string }[] }> = {
  "essex-county-council": {
    author: "ecc-lead",
    templates: [
      {
        title: "Thank you for asking",
        body: "Thank you for your question, and to everyone who supported it. We have looked into it with the team responsible.",
      },
      {
        title: "Reporting a problem on the road",
        body: "To report a pothole, a broken street light or another problem on the road, use **Report a highways problem** on the Essex County Council website. Reports go straight to the highways team, who aim to inspect within five working days.",
      },
    ],
  },
  "anglia-ruskin-university": {
    author: "aru-researcher",
    templates: [
      {
        title: "Our research on this",
        body: "Researchers at Anglia Ruskin University are studying this question. We will publish what we find here, in plain English, when the study ends.",
      },
      {
        title: "Taking part in a study",
        body: "If you would like to take part in our research, email the team and say which question you are interested in. Taking part is voluntary and you can stop at any time.",
      },
    ],
  },
  "estuary-engineering": {
    author: "industry-engineer",
    templates: [
      {
        title: "What engineers can and cannot do",
        body: "We design and build the technology, but the decision to install it in a public place belongs to the council. We have passed your question on to them.",
      },
    ],
  },
};

export async function seedAnswerTemplates(
  db: PrismaClient,
  refs: { users: Map<string, string>; organisations: Map<string, number> },
  seedId: (kind: string, key: string) => string,
): Promise<void> {
  const rows = Object.entries(DEMO_TEMPLATES).flatMap(([slug, { author, templates }]) => {
    const organisationId = refs.organisations.get(slug);
    const createdById = refs.users.get(author);
    if (organisationId === undefined || !createdById) throw new Error(`Seed templates: unknown ${slug} or ${author}`);
    return templates.map((t) => ({
      id: seedId("answer-template", `${slug}:${t.title}`),
      organisationId,
      createdById,
      title: t.title,
      body: t.body,
    }));
  });
  await db.answerTemplate.createMany({ data: rows, skipDuplicates: true });
}
