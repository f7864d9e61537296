// What accounts say when they refuse: one place to read and reword it. Validation messages live beside
// their fields in the schemas.

export const WRONG_CREDENTIALS = "Enter a correct email address and password";
export const SUSPENDED = "Your account has been suspended. Contact the CSES team if you think this is a mistake.";
export const LINK_NOT_VALID = "This link has expired or has already been used. Ask for a new one.";
export const UNDER_18_STICKY =
  "If you have turned 18, ask the CSES team to change your age group. You can move between the under-18 groups here.";
