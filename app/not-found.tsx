import { connection } from "next/server";
import { PageNotFound } from "@/components/layout/page-not-found";

export const metadata = { title: "Page not found" };

export default async function NotFound() {
  // Rendered per request so its scripts carry this request's CSP nonce (the built-in 404 is prerendered).
  await connection();
  return <PageNotFound />;
}
