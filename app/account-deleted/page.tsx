import Link from "next/link";

export const metadata = { title: "Your account has been deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Your account has been deleted</h1>
      <p className="mb-4">We have deleted your personal details and signed you out. Thank you for taking part.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
