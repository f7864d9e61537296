import { getActor } from "@/lib/auth/actor";
import { exportPersonalData } from "@/lib/accounts/data-export";
import { Forbidden } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** "Download my data": everything held about the signed-in person, as a JSON file. */
export async function GET() {
  try {
    const data = await exportPersonalData(await getActor());
    const date = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="my-smarter-essex-data-${date}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof Forbidden) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
    throw error;
  }
}
