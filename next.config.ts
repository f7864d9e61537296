import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks the app's types; tests are checked by `npm run typecheck` (tsconfig.json).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for a signed-in person without the role.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
