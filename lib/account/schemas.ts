import { z } from "zod";

/** Deleting an account asks the person to type their email, so it cannot happen by a stray click. */
export function deleteAccountSchema(email: string | null) {
  return z.object({
    confirm: z
      .string({ error: "Type your email to confirm" })
      .trim()
      .toLowerCase()
      .refine((value) => value === (email ?? "delete my account").toLowerCase(), {
        message: email ? "Type your email exactly as shown to confirm" : "Type “delete my account” to confirm",
      }),
  });
}
