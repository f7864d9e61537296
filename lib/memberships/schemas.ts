import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";

/** /partner/members: which organisation's team, which member to ask about removing, and the two lists' pages. */
export const membersPageSchema = z.object({
  organisation: z.coerce.number().int().positive().max(MAX_SERIAL_ID).optional().catch(undefined),
  remove: z.uuid().optional().catch(undefined),
  removed: z.uuid().optional().catch(undefined),
  members: z.string().max(200).optional().catch(undefined),
  invitations: z.string().max(200).optional().catch(undefined),
});

export function membersPath(organisationId: number, extra: Record<string, string> = {}): string {
  return `/partner/members?${new URLSearchParams({ organisation: String(organisationId), ...extra }).toString()}`;
}
