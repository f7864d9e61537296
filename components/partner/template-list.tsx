import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { formatDate } from "@/lib/format";

/** An organisation's answer templates, each with its text and links to change or delete it. */
export function TemplateList({
  templates,
}: {
  templates: { id: string; title: string; body: string; updatedAt: Date }[];
}) {
  if (!templates.length) return <p>There are no templates yet.</p>;
  return (
    <ul className="space-y-6">
      {templates.map((template) => (
        <li key={template.id} className="border-l-4 border-line pl-4">
          <h3 className="mb-1 text-xl">{template.title}</h3>
          <p className="mb-3 text-base text-muted">Last changed {formatDate(template.updatedAt)}</p>
          <Markdown>{template.body}</Markdown>
          <p className="mt-3 flex gap-6">
            <Link href={`/partner/templates/${template.id}/edit`}>
              Change<span className="sr-only"> the template “{template.title}”</span>
            </Link>
            <Link href={`/partner/templates/${template.id}/delete`}>
              Delete<span className="sr-only"> the template “{template.title}”</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
