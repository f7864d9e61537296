import "server-only";
import { ProofNeeded } from "@/lib/errors";
import type { FormSuccess } from "./pipeline";

/** The page where a signed-in person proves it is them again, coming back to `next` afterwards. */
export function confirmIdentityPath(next: string): string {
  return `/account/confirm-identity?next=${encodeURIComponent(next)}`;
}

/**
 * Runs a form action's service; when it refuses for want of a recent proof of identity (ProofNeeded), sends
 * the person to confirm it's them and back to `next`, instead of showing a refusal they cannot act on.
 */
export async function withFreshProof(next: string, work: () => Promise<FormSuccess>): Promise<FormSuccess> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProofNeeded) return { redirectTo: confirmIdentityPath(next) };
    throw error;
  }
}
