// Why a role change was refused, by code: the action puts the code in the URL and the page shows
// the text, so a crafted link can only pick one of these sentences.
export const ROLE_CHANGE_PROBLEMS = {
  invalid: "That is not a role change we can make.",
  missing: "That user no longer exists.",
  last_admin: "There must always be at least one admin.",
} as const;
export type RoleChangeProblem = keyof typeof ROLE_CHANGE_PROBLEMS;
