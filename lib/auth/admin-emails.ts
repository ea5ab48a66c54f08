// ADMIN_EMAILS: comma-separated addresses that are admins (promoted on sign-in).
import { env } from "@/lib/env";

export function adminEmails(): Set<string> {
  return new Set(
    (env().ADMIN_EMAILS ?? "")
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  );
}
