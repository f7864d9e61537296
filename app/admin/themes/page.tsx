import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { ThemeForm } from "@/components/admin/theme-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listThemesForAdmin } from "@/lib/themes/queries";
import { THEME_LIMITS } from "@/lib/themes/schemas";
import { createThemeAction } from "./actions";

export const metadata = { title: "Themes" };

const pageSchema = z.object({ after: z.string().max(400).optional().catch(undefined) });

export default async function AdminThemesPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/themes");
  if (!can(actor, "theme.manage")) forbidden();
  const { after } = pageSchema.parse(await searchParams);
  const { themes, next } = await listThemesForAdmin(actor, after);

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/admin">Back to Admin</Link>
      </p>
      <h1 className="mb-4 text-4xl">Themes</h1>
      <p className="mb-6">
        The themes people choose for their questions, by name. A retired theme stays on the questions that have it, but
        is not offered for new ones.
      </p>
      {themes.length === 0 ? (
        <p className="mb-10">{after ? "There are no more themes." : "There are no themes yet."}</p>
      ) : (
        <table className="mb-6 w-full border-collapse text-left">
          <caption className="sr-only">Themes, by name</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Questions
              </th>
              <th scope="col" className="py-2">
                State
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t.id} className="border-b border-line">
                <td className="py-2 pr-4">
                  <Link href={`/admin/themes/${t.id}`}>{t.name}</Link>
                </td>
                <td className="py-2 pr-4">{t.questions.toLocaleString("en-GB")}</td>
                <td className="py-2">{t.archivedAt ? `Retired ${formatDate(t.archivedAt)}` : "Offered"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p className="mb-10">
          <Link href={`/admin/themes?after=${encodeURIComponent(next)}`}>More themes</Link>
        </p>
      ) : null}

      <section aria-labelledby="add-theme-heading">
        <h2 id="add-theme-heading" className="mb-4 text-2xl">
          Add a theme
        </h2>
        <ThemeForm action={createThemeAction} limits={THEME_LIMITS} submitLabel="Add theme" />
      </section>
    </div>
  );
}
