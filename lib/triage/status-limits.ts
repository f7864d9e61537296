// In a module free of "server-only", so the browser's character count and the schema share it.
/** The longest public note on a status change (status_change.note). */
export const STATUS_NOTE_LIMIT = 2000;
