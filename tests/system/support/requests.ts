// What the system tests send: page reads, the support server action as the browser calls it, and no-JS form posts
// to the sign-in and sign-out actions, as a person's browser would send them.
import { promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "@/scripts/lib/embedded-postgres";

export interface Answer {
  status: number;
  body: string;
  ms: number;
  headers: Headers;
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started, headers: response.headers };
}

/**
 * The id of a server action in this build, from Next's manifest of server references (the id the browser sends in
 * the Next-Action header), found by the file that defines it and its exported name.
 */
export async function serverActionId(file: string, exportedName: string): Promise<string> {
  const manifest = JSON.parse(
    await fs.readFile(path.join(PROJECT_ROOT, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).filter(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.replace(/\\/g, "/").endsWith(file),
  );
  if (found.length !== 1) throw new Error(`Found ${found.length} server actions ${exportedName} in ${file}`);
  return found[0]![0];
}

/** Calls setSupportAction as the support button does; acknowledged when the server says the support is held. */
export async function setSupport(
  base: string,
  actionId: string,
  cookie: string,
  questionId: string,
): Promise<Answer & { acknowledged: boolean }> {
  const started = performance.now();
  const response = await fetch(`${base}/questions/${questionId}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: base,
      "Sec-Fetch-Site": "same-origin",
      Cookie: cookie,
    },
    body: JSON.stringify([questionId, true]),
  });
  const body = await response.text();
  // The action's result is one line of the RSC answer: {"ok":true,"supportCount":…,"supported":true}.
  const acknowledged = response.status === 200 && /"ok":true[^}]*"supported":true/.test(body);
  return { status: response.status, body, ms: performance.now() - started, headers: response.headers, acknowledged };
}

/** The hidden fields (Next's action reference) of the form on `html` that holds `marker`. */
export function formFields(html: string, marker: string): [string, string][] {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`No form with ${marker} on the page`);
  const start = html.lastIndexOf("<form", at);
  const end = html.indexOf("</form>", at);
  const form = html.slice(start, end);
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields.push([unescapeHtml(name), unescapeHtml(value)]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION")))
    throw new Error(`No server action in the form with ${marker}`);
  return fields;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Posts a form as a browser without JavaScript does (Next runs the server action from its hidden fields). */
export async function postForm(
  url: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const origin = new URL(url).origin;
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: origin, "Sec-Fetch-Site": "same-origin", ...headers },
  });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started, headers: response.headers };
}

/** The session cookie a response set, as a `Cookie` header value (null when it set none). */
export function sessionCookieFrom(headers: Headers): string | null {
  const cookie = headers.getSetCookie().find((line) => line.startsWith("authjs.session-token="));
  return cookie ? cookie.split(";")[0]! : null;
}
