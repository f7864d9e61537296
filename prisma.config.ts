import { defineConfig } from "prisma/config";

// process.env rather than prisma's env(): env() throws when DATABASE_URL is unset,
// which would break `prisma generate` on a fresh clone.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
  },
});
