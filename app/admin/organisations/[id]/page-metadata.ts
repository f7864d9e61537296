import "server-only";
import type { Metadata } from "next";
import { metadataIfFound } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getOrganisationForAdmin } from "@/lib/organisations/queries";
import { organisationPageIdSchema } from "@/lib/organisations/schemas";

/**
 * An organisation page's title, or "Page not found" for an organisation that is not there. The page itself
 * refuses anyone else; this reads the organisation the page reads, once in the request.
 */
export async function organisationPageMetadata(rawId: string, title: string): Promise<Metadata> {
  const actor = await getActor();
  if (!actor || !can(actor, "organisation.manage")) return { title };
  const id = organisationPageIdSchema.safeParse(rawId);
  return metadataIfFound(id.success && (await getOrganisationForAdmin(actor, id.data)), { title });
}
