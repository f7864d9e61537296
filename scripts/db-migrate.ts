// npm run db:migrate — applies prisma/migrations to DATABASE_URL (same records as `prisma migrate deploy`).
import { applyMigrations } from "./lib/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm run dev migrates its embedded database by itself.)");
  process.exit(2);
}
applyMigrations(url, console.log).then(
  (applied) => {
    console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
