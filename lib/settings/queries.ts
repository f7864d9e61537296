import "server-only";
import { db } from "@/lib/db";
import { contactRoutesSchema, DEFAULT_CONTACT_ROUTES, type ContactRoute } from "./contact-routes";

export async function getContactRoutes(): Promise<ContactRoute[]> {
  const setting = await db.setting.findUnique({ where: { key: "contact_routes" } });
  const parsed = contactRoutesSchema.safeParse(setting?.value);
  return parsed.success && parsed.data.length ? parsed.data : DEFAULT_CONTACT_ROUTES;
}
