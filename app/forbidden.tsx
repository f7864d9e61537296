import Link from "next/link";
import { connection } from "next/server";

export const metadata = { title: "You are not allowed to see this page" };

export default async function Forbidden() {
  await connection();
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">You are not allowed to see this page</h1>
      <p className="mb-4">This page is only for people with a particular role, such as CSES administrators.</p>
      <p>
        If you think you should have access, contact the CSES team. <Link href="/">Go to the home page</Link>.
      </p>
    </div>
  );
}
