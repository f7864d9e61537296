import { formatClock, formatDate } from "@/lib/format";

/** "27 March 2027, 9:30am to midday" (or across two dates), in UK time. */
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
