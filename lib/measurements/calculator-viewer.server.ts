// Who is looking at a calculator result: only read when there is a result (the empty calculator
// reads no session, so it can be prerendered). Decides between "Save to my log" and "Sign in to save".
import "server-only";
import { getCurrentUser } from "@/lib/auth/session.server";
import { ageInMonths } from "@/lib/dates/calendar";
import { getProfile } from "@/lib/profile/queries.server";
import { todayUtc } from "./dates";

export type CalculatorViewer = { signedIn: false } | { signedIn: true; ageMonths: number | null };

export async function calculatorViewer(): Promise<CalculatorViewer> {
  const user = await getCurrentUser();
  if (!user) return { signedIn: false };
  const profile = await getProfile(user.id);
  return { signedIn: true, ageMonths: profile?.birthDate ? ageInMonths(profile.birthDate, todayUtc()) : null };
}
