import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const pending = new Map();
page.on("request", (r) => pending.set(r, Date.now()));
page.on("requestfinished", (r) => pending.delete(r));
page.on("requestfailed", (r) => pending.delete(r));
const t0 = Date.now();
await page.goto(process.argv[2]);
try { await page.waitForLoadState("networkidle", { timeout: 15000 }); console.log("idle after", Date.now() - t0); }
catch { console.log("not idle; pending:", [...pending.keys()].map((r) => r.url())); }
await browser.close();
