"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { FieldHintAndError, FieldLabel, fieldGroupClass, fieldIds } from "@/components/forms/field-parts";
import { appendTemplate } from "@/lib/responses/schemas";

export interface ComposerTemplate {
  id: string;
  organisationId: number;
  organisation: string;
  title: string;
  body: string;
}

/**
 * Where the template goes in the response's text area (id "body"): at the cursor when the person had placed one
 * there, else at the end, as a paragraph of its own. The rest of what they wrote stays as it was.
 */
function insertIntoResponse(
  area: HTMLTextAreaElement,
  template: string,
  cursor: { start: number; end: number } | null,
) {
  if (!cursor) {
    const whole = appendTemplate(area.value, template);
    area.setRangeText(whole, 0, area.value.length, "end");
  } else {
    const before = area.value.slice(0, cursor.start);
    const after = area.value.slice(cursor.end);
    const lead = !before.trim() ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const trail = !after.trim() ? "" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
    area.setRangeText(`${lead}${template}${trail}`, cursor.start, cursor.end, "end");
    area.setSelectionRange(cursor.start + lead.length + template.length, cursor.start + lead.length + template.length);
  }
  // setRangeText fires no input event: send one, so React's onChange (the character count) sees the new text.
  area.dispatchEvent(new Event("input", { bubbles: true }));
  area.focus();
}

/**
 * Choose one of the organisation's answer templates and insert it into the response, then edit it freely. With
 * JavaScript the text goes in at once (at the cursor, or at the end) and focus returns to the text; without it the
 * button submits the form, and the server sends everything back with the template added at the end.
 */
export function ResponseTemplatePicker({
  templates,
  showOrganisation,
  defaultValue,
  error,
  inserted,
}: {
  templates: ComposerTemplate[];
  showOrganisation: boolean;
  defaultValue?: string;
  error?: string;
  /** The server's message after a no-JavaScript insert. */
  inserted?: string;
}) {
  const [announcement, setAnnouncement] = useState(inserted ?? "");
  const selectRef = useRef<HTMLSelectElement>(null);
  const statusId = useId();
  const hint =
    "Standard paragraphs your organisation keeps. The template is added to your response, where you can change it.";
  const { hintId, errorId, describedBy } = fieldIds("templateId", hint, error);

  if (!templates.length) {
    return (
      <p className="mb-6">
        Your organisation has no answer templates yet. <Link href="/partner/templates">Manage answer templates</Link>
      </p>
    );
  }

  function insertChosen(event: React.MouseEvent<HTMLButtonElement>) {
    const area = document.getElementById("body");
    const chosen = templates.find((t) => t.id === selectRef.current?.value);
    if (!(area instanceof HTMLTextAreaElement)) return; // not hydrated as expected: let the form submit instead
    event.preventDefault();
    if (!chosen) {
      setAnnouncement("Choose a template to insert first.");
      selectRef.current?.focus();
      return;
    }
    const cursor = area.dataset.cursorStart
      ? { start: Number(area.dataset.cursorStart), end: Number(area.dataset.cursorEnd) }
      : null;
    insertIntoResponse(area, chosen.body, cursor);
    setAnnouncement(`Template “${chosen.title}” inserted into your response. You can edit it now.`);
  }

  const groups = showOrganisation
    ? [...new Set(templates.map((t) => t.organisation))].map((organisation) => ({
        organisation,
        templates: templates.filter((t) => t.organisation === organisation),
      }))
    : [{ organisation: null, templates }];

  return (
    <div className={fieldGroupClass(error)}>
      <FieldLabel htmlFor="templateId">Answer template (optional)</FieldLabel>
      <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <div className="flex flex-wrap items-end gap-4">
        <select
          ref={selectRef}
          id="templateId"
          name="templateId"
          defaultValue={defaultValue ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`min-h-11 max-w-full border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 text-[1.1875rem]`}
        >
          <option value="">Choose a template</option>
          {groups.map((group) =>
            group.organisation ? (
              <optgroup key={group.organisation} label={group.organisation}>
                {group.templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </optgroup>
            ) : (
              group.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))
            ),
          )}
        </select>
        <button
          type="submit"
          name="intent"
          value="insert"
          onClick={insertChosen}
          aria-describedby={statusId}
          className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover"
        >
          Insert template
        </button>
      </div>
      <p id={statusId} role="status" className="mt-2">
        {announcement}
      </p>
    </div>
  );
}
