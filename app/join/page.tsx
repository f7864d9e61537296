import { connection } from "next/server";
import { JoinCodeForm } from "@/components/room/join-code-form";
import { findEventAction } from "./actions";

export const metadata = { title: "Join an event" };

/** Where a participant types the code from the screen or the printed sheet (the QR code leads straight past it). */
export default async function JoinPage() {
  await connection();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Join an event</h1>
      <p className="mb-4">
        At a My Smarter Essex event you can ask the panel questions from your phone or laptop, and support the questions
        you want answered first.
      </p>
      <ul className="mb-8 list-disc space-y-2 pl-6">
        <li>you do not need an account or an email address</li>
        <li>nobody else sees your nickname, and your name is never shown beside your questions</li>
        <li>we delete what we hold about you a few weeks after the event; the questions stay, asked by the event</li>
      </ul>
      <JoinCodeForm action={findEventAction} />
    </div>
  );
}
