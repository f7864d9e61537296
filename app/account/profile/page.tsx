import Link from "next/link";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/accounts/profile-form";
import { getActor } from "@/lib/auth/actor";
import { isUnderEighteen } from "@/lib/accounts/age";
import { getOwnProfile } from "@/lib/accounts/profile/queries";
import { listDistricts } from "@/lib/reference/queries";
import { updateProfileAction } from "./actions";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/profile");
  const [saved, districts] = await Promise.all([getOwnProfile(actor.id), listDistricts()]);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Your profile</h1>
      <ProfileForm
        action={updateProfileAction}
        saved={saved}
        districts={districts}
        isUnderEighteen={isUnderEighteen(actor)}
      />
    </div>
  );
}
