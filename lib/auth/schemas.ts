// Account input schemas, shared by the forms, the server actions and the Auth.js authorize step.
import { z } from "zod";
import { isSingleLineText } from "@/lib/validation/text";
import { PASSWORD_MIN_LENGTH } from "./constants";

export { PASSWORD_MIN_LENGTH };

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Email address is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024, "Password is too long"),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "Name must be at most 80 characters")
    .refine(isSingleLineText, "Name can't contain control characters")
    .optional()
    .transform((value) => value || undefined),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password" })
    .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(1024, "Password is too long"),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
