import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { ThemeForm, ThemeStateForm } from "@/components/admin/theme-forms";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { getThemeForAdmin } from "@/lib/themes/queries";
import { THEME_LIMITS, themePageIdSchema } from "@/lib/themes/schemas";
import { restoreThemeAction, retireThemeAction, updateThemeAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = { title: "Theme" };
  const actor = await getActor();
  if (!actor || !can(actor, "theme.manage")) return metadata;
  const id = themePageIdSchema.safeParse((await params).id);
  return metadataIfFound(id.success && (await getThemeForAdmin(actor, id.data)), metadata);
}

export default async function AdminThemePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/admin/themes/${rawId}`)}`);
  if (!can(actor, "theme.manage")) forbidden();
  const id = themePageIdSchema.safeParse(rawId);
  const theme = id.success ? await getThemeForAdmin(actor, id.data) : null;
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!theme) return <PageNotFound />;
  const { created } = await searchParams;

  return (
    <div className="max-w-3xl">
      {created && !theme.archivedAt ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{theme.name} has been added.</p>
          <p>People can choose it when they ask a question.</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href="/admin/themes">Back to themes</Link>
      </p>
      <h1 className="mb-4 text-4xl">{theme.name}</h1>
      <p className="mb-8">
        {theme.archivedAt
          ? `Retired on ${formatDate(theme.archivedAt)}: not offered for new questions.`
          : "Offered for new questions."}{" "}
        {theme.questions === 1 ? "1 question has it." : `${theme.questions.toLocaleString("en-GB")} questions have it.`}
      </p>

      <h2 className="mb-4 text-2xl">Name and description</h2>
      <ThemeForm
        action={updateThemeAction.bind(null, theme.id)}
        saved={{ name: theme.name, slug: theme.slug, description: theme.description }}
        limits={THEME_LIMITS}
        submitLabel="Save changes"
      />

      <section aria-labelledby="state-heading">
        <h2 id="state-heading" className="mb-2 text-2xl">
          {theme.archivedAt ? "Bring back" : "Retire"}
        </h2>
        <p className="mb-4">
          {theme.archivedAt
            ? "People can choose it for new questions again."
            : "Questions that have it keep it, and it stays on their pages. People can no longer choose it for new questions."}
        </p>
        {theme.archivedAt ? (
          <ThemeStateForm action={restoreThemeAction.bind(null, theme.id)} label="Bring this theme back" />
        ) : (
          <ThemeStateForm action={retireThemeAction.bind(null, theme.id)} label="Retire this theme" />
        )}
      </section>
    </div>
  );
}
