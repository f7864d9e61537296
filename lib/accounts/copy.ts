// What accounts say when they refuse: one place to read and reword it. Validation messages live beside
// their fields in the schemas.

export const WRONG_CREDENTIALS = "Enter a correct email address and password";
export const SUSPENDED = "Your account has been suspended. Contact the CSES team if you think this is a mistake.";
export const LINK_NOT_VALID = "This link has expired or has already been used. Ask for a new one.";
export const AGE_BAND_REQUEST_PENDING =
  "You have already asked to change your age group. Wait for a moderator to decide before asking again.";

// After several wrong passwords from one source the sign-in form offers the other ways in. The service marks
// the refusal with this field, which the form shows as a panel of links rather than as an error of its own.
export const REPEATED_FAILURES_FIELD = "otherWaysIn";
export const REPEATED_FAILURES =
  "You have entered a wrong password several times. You can sign in with a link we email to you, or reset your password.";
