import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listOrganisationsForAdmin } from "@/lib/organisations/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/schemas";

export const metadata = { title: "Organisations" };

const pageSchema = z.object({ after: z.string().max(400).optional().catch(undefined) });

export default async function AdminOrganisationsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/organisations");
  if (!can(actor, "organisation.manage")) forbidden();
  const { after } = pageSchema.parse(await searchParams);
  const { organisations, next } = await listOrganisationsForAdmin(actor, after);

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/admin">Back to Admin</Link>
      </p>
      <h1 className="mb-4 text-4xl">Organisations</h1>
      <p className="mb-6">
        The partner organisations that answer questions, by name. A deactivated organisation keeps its history, but its
        members have no partner rights through it.
      </p>
      <p className="mb-8">
        <Link href="/admin/organisations/new" className="font-bold">
          Add an organisation
        </Link>
      </p>
      {organisations.length === 0 ? (
        <p>{after ? "There are no more organisations." : "There are no organisations yet."}</p>
      ) : (
        <table className="mb-6 w-full border-collapse text-left">
          <caption className="sr-only">Organisations, by name</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Kind
              </th>
              <th scope="col" className="py-2 pr-4">
                Members
              </th>
              <th scope="col" className="py-2">
                State
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} className="border-b border-line">
                <td className="py-2 pr-4">
                  <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
                </td>
                <td className="py-2 pr-4">{ORGANISATION_KIND_LABELS[o.kind]}</td>
                <td className="py-2 pr-4">{o.members.toLocaleString("en-GB")}</td>
                <td className="py-2">{o.deactivatedAt ? `Deactivated ${formatDate(o.deactivatedAt)}` : "Active"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p>
          <Link href={`/admin/organisations?after=${encodeURIComponent(next)}`}>More organisations</Link>
        </p>
      ) : null}
    </div>
  );
}
