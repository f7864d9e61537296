// What the test orchestrator and the benches share to run the portal as production on a throwaway database:
// one way to run a command, and one environment, so a bench measures the same server the e2e suite tests.
import { spawn, type StdioOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync } from "node:fs";
import { PROJECT_ROOT } from "./embedded-postgres";

/**
 * Runs a command in the project folder with the output shown, or written to `outputFile` (for a command that runs
 * beside another, so their lines do not interleave); resolves to its exit code.
 */
export function runCommand(
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv,
  outputFile?: string,
): Promise<number> {
  return new Promise((resolve) => {
    const output = outputFile === undefined ? undefined : openSync(outputFile, "a");
    const stdio: StdioOptions = output === undefined ? "inherit" : ["ignore", output, output];
    const child = spawn(command, commandArgs, { stdio, env, cwd: PROJECT_ROOT });
    child.on("exit", (code, signal) => {
      if (output !== undefined) closeSync(output);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** A production build served on 127.0.0.1:port against databaseUrl, seeded with demo data, mail captured. */
export function productionServerEnv(
  base: NodeJS.ProcessEnv,
  { databaseUrl, port }: { databaseUrl: string; port: number | string },
): NodeJS.ProcessEnv {
  return {
    ...base,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: base.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    APP_URL: `http://127.0.0.1:${port}`,
    SMTP_URL: "", // a throwaway server never sends real mail
    // Tests and benches only: capture mail instead of SMTP in this production build (see README, "Production").
    MAIL_CAPTURE: "on",
    SEED_DEMO_DATA: "yes",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
