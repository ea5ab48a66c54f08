// Inputs of the password forms: change (signed in), forgot (request a reset link), reset (with the
// emailed token). Shared by the forms' server actions and the tests.
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./constants";
import { emailSchema } from "./schemas";

/** A password someone chooses (sign-up has the same rule). */
export const newPasswordSchema = z
  .string({ error: "Choose a new password" })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(1024, "Password is too long");

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password")
      .max(1024, "Password is too long"),
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** Reset tokens are 32 random bytes, base64url: 43 characters. Anything else is not one of ours. */
export const resetTokenSchema = z
  .string({ error: "This reset link is incomplete" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is incomplete");

export const resetPasswordSchema = z.object({ token: resetTokenSchema, newPassword: newPasswordSchema });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
