// RFC 8058 one-click unsubscribe: the address in each activity email's List-Unsubscribe header. A mail client
// POSTs "List-Unsubscribe=One-Click" to it, with no cookies and no form token; the signed token in the address
// is the whole authority (it names one person and one kind of email). A GET (a person or a scanner opening the
// address) changes nothing: it is sent to the page with the Unsubscribe button.
import { NextResponse, type NextRequest } from "next/server";
import { Invalid } from "@/lib/errors";
import { unsubscribe } from "@/lib/notifications/email/service";

const PLAIN = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const outcome = await unsubscribe(token);
    const text = outcome === "unsubscribed" ? "You are unsubscribed." : "You are already unsubscribed.";
    return new NextResponse(text, { status: 200, headers: PLAIN });
  } catch (error) {
    if (error instanceof Invalid) return new NextResponse(error.message, { status: 400, headers: PLAIN });
    throw error;
  }
}

export function GET(request: NextRequest) {
  const page = new URL("/unsubscribe", request.nextUrl);
  page.searchParams.set("token", request.nextUrl.searchParams.get("token") ?? "");
  return NextResponse.redirect(page, 303);
}
