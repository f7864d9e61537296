import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks the app's types; tests are checked by `npm run typecheck` (tsconfig.json).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for a signed-in person without the role.
  // CI builds once in a fresh clone: Turbopack's build cache (written after every build, by default) is never read
  // there, so CI skips writing it.
  experimental: { authInterrupts: true, turbopackFileSystemCacheForBuild: !process.env.CI },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss"],
  // Baked into the bundle when it is built (not read when it starts): a production build made without
  // MAIL_CAPTURE=on has no development mail page, whatever the server's environment says later.
  env: { MAIL_CAPTURE_PAGE_BUILT: process.env.MAIL_CAPTURE === "on" ? "on" : "off" },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
