// The words of a character count, as GOV.UK's character count component says them. Kept apart from the component
// so the wording is tested on its own.

function characters(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "character" : "characters"}`;
}

/** "You have 12 characters remaining", or once over the limit "You have 140 characters too many". */
export function characterCountMessage(length: number, limit: number): string {
  return length > limit
    ? `You have ${characters(length - limit)} too many`
    : `You have ${characters(limit - length)} remaining`;
}
