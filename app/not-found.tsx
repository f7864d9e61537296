import Link from "next/link";
import { connection } from "next/server";

export const metadata = { title: "Page not found" };

export default async function NotFound() {
  // Rendered per request so its scripts carry this request's CSP nonce (the built-in 404 is prerendered).
  await connection();
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
