import "server-only";
import { appUrl } from "@/lib/mail/templates";

/** Where people type an event's code, and where its QR code leads (the code filled in): absolute, for print. */
export function joinAddresses(joinCode: string): { joinPage: string; joinAddress: string } {
  return { joinPage: appUrl("/join"), joinAddress: appUrl(`/join/${joinCode}`) };
}
