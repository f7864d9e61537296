// A question being written, kept in this browser tab (sessionStorage) so that opening a similar question and
// coming back does not lose it. Per tab and gone when the tab closes, so a draft is not left on a shared computer;
// removed when the question is sent.
import type { QuestionFormValues } from "./question-form";

const PREFIX = "my-smarter-essex:question-draft:";

function isDraft(value: unknown): value is QuestionFormValues {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.title === "string" &&
    typeof draft.body === "string" &&
    typeof draft.district === "string" &&
    Array.isArray(draft.themes) &&
    draft.themes.every((theme) => typeof theme === "string")
  );
}

/** The draft kept under this key, or null (none, or storage unavailable or holding something else). */
export function loadQuestionDraft(key: string): QuestionFormValues | null {
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    if (!stored) return null;
    const value: unknown = JSON.parse(stored);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps what the form holds now; an empty form keeps nothing. */
export function saveQuestionDraft(key: string, draft: QuestionFormValues): void {
  try {
    const empty = !draft.title.trim() && !draft.body.trim() && !draft.themes.length && !draft.district;
    if (empty) window.sessionStorage.removeItem(PREFIX + key);
    else window.sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or turned off: the draft is a convenience, and the form still works without it.
  }
}

export function clearQuestionDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}

/** The draft in a form as it stands. */
export function draftFromForm(form: HTMLFormElement): QuestionFormValues {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    body: text("body"),
    themes: data.getAll("themes").filter((theme): theme is string => typeof theme === "string"),
    district: text("district"),
  };
}
