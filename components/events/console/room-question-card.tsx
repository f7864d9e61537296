import type { ConsoleQuestion } from "@/lib/event-console/queries";
import { plural } from "@/lib/format";
import { SCREENING_RULE_EXPLANATIONS, screeningRulesOf } from "@/lib/moderation/screening-rules";

/** A room question as the console shows it: its number, its words, and what a facilitator needs to know. No name. */
export function RoomQuestionCard({
  question,
  nowAnswering,
  children,
}: {
  question: ConsoleQuestion;
  nowAnswering: boolean;
  children: React.ReactNode;
}) {
  return (
    <li
      className={`mb-4 border-l-8 p-4 ${nowAnswering ? "border-brand bg-status-open-wash" : "border-line bg-wash"}`}
      aria-labelledby={`room-question-${question.number}`}
    >
      <p id={`room-question-${question.number}`} className="mb-2 text-[1.375rem] font-bold">
        <span className="mr-2 text-muted">Question {question.number}</span>
        {question.text}
      </p>
      <ul className="mb-3 flex flex-wrap gap-x-4 text-base text-muted">
        {question.moderation === "approved" ? <li>{plural(question.supportCount, "supporter")}</li> : null}
        {nowAnswering ? <li className="font-bold text-ink">Now answering</li> : null}
        {question.answeredInRoomAt ? <li className="font-bold text-ink">Answered in the room</li> : null}
        {question.askedByUnder18 ? <li>Asked by someone under 18</li> : null}
      </ul>
      {screeningRulesOf(question.screeningRules).map((rule) => (
        <p key={rule} className="mb-2 text-base">
          Held: {SCREENING_RULE_EXPLANATIONS[rule]}
        </p>
      ))}
      {children}
    </li>
  );
}
