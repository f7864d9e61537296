// The parts of a waiting item a moderator weighs, shared by the queue and the review pages.
import Link from "next/link";
import { formatDateTime, plural } from "@/lib/format";
import { houseRuleHref, houseRuleLabel } from "@/lib/moderation/house-rules";
import type { AppealSummary, ReportGroup } from "@/lib/moderation/queue-queries";
import { SCREENING_RULE_EXPLANATIONS, type ScreeningRule } from "@/lib/moderation/screening-rules";
import { REPORT_CATEGORIES } from "./labels";

export function ScreeningRulesFired({ rules }: { rules: ScreeningRule[] }) {
  if (!rules.length) return null;
  return (
    <div className="mb-3">
      <p className="font-bold">Why screening held it</p>
      <ul className="list-disc pl-6">
        {rules.map((rule) => (
          <li key={rule}>{SCREENING_RULE_EXPLANATIONS[rule]}</li>
        ))}
      </ul>
    </div>
  );
}

export function OpenReports({ reports }: { reports: ReportGroup[] }) {
  if (!reports.length) return null;
  return (
    <div className="mb-3">
      <p className="font-bold">Open reports</p>
      <ul className="list-disc pl-6">
        {reports.map((group) => (
          <li key={group.category}>
            {REPORT_CATEGORIES[group.category]}: {plural(group.count, "report")}
            {group.details.length ? (
              <ul className="list-[circle] pl-6">
                {group.details.map((text, index) => (
                  <li key={index}>“{text}”</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AppealDetails({ appeal }: { appeal: AppealSummary }) {
  return (
    <div className="mb-3 border-l-4 border-brand pl-4">
      <p className="font-bold">The author appealed on {formatDateTime(appeal.createdAt)}</p>
      <p className="mb-1 whitespace-pre-line">“{appeal.body}”</p>
      <p className="text-base">
        Against the decision by {appeal.originalModerator}
        {appeal.originalRule ? (
          <>
            {" "}
            citing <Link href={houseRuleHref(appeal.originalRule)}>{houseRuleLabel(appeal.originalRule)}</Link>
          </>
        ) : null}
        {appeal.originalWords ? <>, with the words “{appeal.originalWords}”</> : null}.
      </p>
    </div>
  );
}
