import { QrCode } from "./qr-code";

/**
 * How to join an event in the room: the address and the code as large text, and the QR code that opens the join
 * page with the code filled in (never the only way in). `size` "sheet" is for the printed join sheet.
 */
export function JoinInstructions({
  joinCode,
  joinAddress,
  joinPage,
  qrSvg,
  size = "page",
}: {
  joinCode: string;
  /** The absolute address of /join/<code>, which the QR code holds. */
  joinAddress: string;
  /** The absolute address of /join, where the code is typed. */
  joinPage: string;
  qrSvg: string;
  size?: "page" | "sheet";
}) {
  const sheet = size === "sheet";
  return (
    <div className="flex flex-wrap items-start gap-8">
      {/* min-w-0: the code's line may not set the column's width, so it fits a 320 px screen. */}
      <div className="min-w-0">
        <p className={sheet ? "mb-2 text-3xl" : "mb-2"}>
          Go to <strong className="break-all">{joinPage}</strong> and enter the code:
        </p>
        <p
          className={`mb-4 font-mono font-bold tracking-[0.2em] ${sheet ? "text-8xl" : "text-5xl sm:text-6xl"}`}
          aria-label={`Join code: ${joinCode.split("").join(" ")}`}
        >
          {joinCode}
        </p>
        <p className={sheet ? "text-2xl" : ""}>
          Or scan the QR code with a phone’s camera. You do not need an account or an email address.
        </p>
      </div>
      <QrCode
        svg={qrSvg}
        label={`QR code that opens ${joinAddress}`}
        className={`${sheet ? "w-96" : "w-56"} shrink-0 border border-line bg-white p-2 [&>svg]:h-auto [&>svg]:w-full`}
      />
    </div>
  );
}
