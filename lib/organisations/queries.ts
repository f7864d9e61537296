import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { alphabeticalPage, decodeNameCursor } from "@/lib/keyset-by-name";

export const ORGANISATIONS_PAGE_SIZE = 50;

export interface OrganisationRow {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  description: string;
  deactivatedAt: Date | null;
  members: number;
}

/**
 * Every organisation, active or deactivated, by name, a page at a time (keyset on the name's unique index),
 * each with its number of members counted in the same query over the membership index: administrators only.
 */
export async function listOrganisationsForAdmin(
  reader: Actor | null,
  after?: string,
): Promise<{ organisations: OrganisationRow[]; next: string | null }> {
  requirePermission(reader, "organisation.manage");
  const from = decodeNameCursor(after);
  const rows = await db.$queryRaw<OrganisationRow[]>`
    SELECT o.id, o.name, o.slug, o.kind, o.description, o.deactivated_at AS "deactivatedAt",
           (SELECT count(*) FROM organisation_membership m WHERE m.organisation_id = o.id)::int AS members
    FROM organisation o
    WHERE ${from === null} OR o.name > ${from ?? ""}
    ORDER BY o.name
    LIMIT ${ORGANISATIONS_PAGE_SIZE + 1}`;
  const page = alphabeticalPage(rows, ORGANISATIONS_PAGE_SIZE);
  return { organisations: page.items, next: page.next };
}

/** One organisation for its administration page, with its number of members; null when there is none. */
export const getOrganisationForAdmin = cache(async function getOrganisationForAdmin(
  reader: Actor | null,
  id: number,
): Promise<OrganisationRow | null> {
  requirePermission(reader, "organisation.manage");
  const [row] = await db.$queryRaw<OrganisationRow[]>`
    SELECT o.id, o.name, o.slug, o.kind, o.description, o.deactivated_at AS "deactivatedAt",
           (SELECT count(*) FROM organisation_membership m WHERE m.organisation_id = o.id)::int AS members
    FROM organisation o WHERE o.id = ${id}`;
  return row ?? null;
});
