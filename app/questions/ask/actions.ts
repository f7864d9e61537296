"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { askQuestion, editQuestion } from "@/lib/questions/service";
import { questionIdSchema, questionSchema } from "@/lib/questions/schemas";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

function readQuestion(formData: FormData) {
  const themes = formData.getAll("themes").filter((t): t is string => typeof t === "string");
  const values = { ...echoValues(formData), themes: themes.join(",") };
  const parsed = questionSchema.safeParse({
    title: formData.get("title"),
    body: formData.get("body"),
    themes,
    district: formData.get("district") ?? undefined,
  });
  return { values, parsed };
}

export async function askQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { values, parsed } = readQuestion(formData);
  if (!parsed.success) return invalidInput(parsed.error, values);
  let id: string;
  try {
    ({ id } = await askQuestion(await getActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  redirect(`/questions/${id}?asked=1`);
}

export async function editQuestionAction(questionId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { values, parsed } = readQuestion(formData);
  const id = questionIdSchema.safeParse({ questionId });
  if (!id.success) return { status: "error", errors: { form: "That question does not exist." }, values };
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await editQuestion(await getActor(), id.data.questionId, parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  redirect(`/questions/${id.data.questionId}?edited=1`);
}
