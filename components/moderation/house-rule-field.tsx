import { RadiosField } from "@/components/forms/radios-field";
import { HOUSE_RULES, houseRuleLabel } from "@/lib/moderation/house-rules";

/** The house rule a decision cites: needed to reject, hide or keep hidden, shown to the author. */
export function HouseRuleField({ error, defaultValue, hint }: { error?: string; defaultValue?: string; hint: string }) {
  return (
    <RadiosField
      name="rule"
      legend="The house rule it breaks"
      hint={hint}
      options={HOUSE_RULES.map((rule) => ({ value: rule.code, label: houseRuleLabel(rule) }))}
      defaultValue={defaultValue}
      error={error}
    />
  );
}
