// The audit log's catalogue of action names (lib/audit/actions.ts) against the code that writes them: every
// name a `recordAudit` call in lib/ can write has a plain-English label, and every label is for a name still written.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ACTION_NAMES, auditActionLabel, isAuditAction } from "@/lib/audit/actions";

const root = path.resolve(import.meta.dirname, "../..");
const ACTION_NAME = /"([a-z][A-Za-z]*\.[A-Za-z_]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The text between the parentheses of each `recordAudit(` call (the definition itself excluded). */
function recordAuditCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/\brecordAudit\(/g)) {
    if (source.slice(Math.max(0, match.index - 15), match.index).includes("function")) continue;
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < source.length) {
      if (source[end] === "(") depth += 1;
      if (source[end] === ")") depth -= 1;
      end += 1;
    }
    calls.push(source.slice(match.index + match[0].length, end - 1));
  }
  return calls;
}

/**
 * The action names a call can write. A literal (or a choice of literals) is read where it stands; a name held in
 * a variable or a table is read from that variable's literal type (`action: "a" | "b"`) or the table's definition
 * in the same file. A name assembled from parts cannot be checked, so it fails.
 */
function actionNamesOf(call: string, source: string, file: string): string[] {
  // `action: <expression>`, or the shorthand `action,` for a variable of that name.
  const found = /\baction(?::\s*([^,\n]+)|\s*,)/.exec(call);
  const expression = found ? (found[1] ?? "action").trim() : undefined;
  if (!expression) throw new Error(`${file}: a recordAudit call without an action`);
  if (expression.includes("`")) throw new Error(`${file}: build the action name as one literal, not ${expression}`);
  const literal = [...expression.matchAll(ACTION_NAME)].map((m) => m[1]!);
  if (literal.length) return literal;
  const name = /^[A-Za-z_$][\w$]*/.exec(expression)?.[0];
  const typed = name && new RegExp(`\\b${name}:\\s*((?:"[^"]+"\\s*\\|\\s*)*"[^"]+")`).exec(source)?.[1];
  if (typed) return [...typed.matchAll(ACTION_NAME)].map((m) => m[1]!);
  const table = name && new RegExp(`\\bconst ${name}\\b[\\s\\S]*?\\n};`).exec(source)?.[0];
  const inTable = table ? [...table.matchAll(ACTION_NAME)].map((m) => m[1]!) : [];
  if (!inTable.length) throw new Error(`${file}: cannot tell which action names ${expression} holds`);
  return inTable;
}

const written = new Map<string, string>();
for (const file of sourceFiles(path.join(root, "lib"))) {
  const source = readFileSync(file, "utf8");
  const relative = path.relative(root, file);
  for (const call of recordAuditCalls(source)) {
    for (const name of actionNamesOf(call, source, relative)) written.set(name, relative);
  }
}

describe("the catalogue of audit actions", () => {
  it("finds the names written across lib/ (so the scan itself is working)", () => {
    expect(written.get("user.role_changed")).toBe("lib/admin/people/service.ts");
    expect(written.get("moderation.keepComment")).toBe("lib/moderation/service.ts");
    expect(written.get("account.requestAgeBandChange")).toBe("lib/accounts/profile/service.ts");
    expect(written.size).toBeGreaterThanOrEqual(40);
  });

  it("has a plain-English label for every action name the code writes", () => {
    const missing = [...written].filter(([name]) => !isAuditAction(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing, "add these to AUDIT_ACTIONS in lib/audit/actions.ts").toEqual([]);
  });

  it("lists no action that nothing writes any more", () => {
    expect(AUDIT_ACTION_NAMES.filter((name) => !written.has(name))).toEqual([]);
  });

  it("labels each in a short sentence, and shows an unknown name as it was stored", () => {
    for (const label of Object.values(AUDIT_ACTIONS)) expect(label).toMatch(/^[A-Z][^.]{5,60}$/);
    expect(auditActionLabel("question.claim")).toBe("Claimed a question");
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
  });
});
