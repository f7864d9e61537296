import { formatDate } from "@/lib/format";

const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** "9:30am", in UK time (the GOV.UK style). */
export function formatClock(date: Date): string {
  return clock.format(date).replace(" ", "").toLowerCase();
}

/** "27 March 2027, 9:30am to 12:00pm" (or across two dates), in UK time. */
export function EventTime({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) {
  const sameDay = formatDate(startsAt) === formatDate(endsAt);
  return (
    <>
      <time dateTime={startsAt.toISOString()}>
        {formatDate(startsAt)}, {formatClock(startsAt)}
      </time>{" "}
      to{" "}
      <time dateTime={endsAt.toISOString()}>
        {sameDay ? formatClock(endsAt) : `${formatDate(endsAt)}, ${formatClock(endsAt)}`}
      </time>
    </>
  );
}
