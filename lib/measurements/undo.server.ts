// The delete this person can still undo, read from the signed cookie the delete action set (see
// ./undo-token.ts). For the dashboard, which offers "Undo" only while this returns the entry.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import type { DeletedMeasurement } from "./types";
import { UNDO_COOKIE, readUndoToken } from "./undo-token";

export async function pendingUndo(userId: string): Promise<DeletedMeasurement | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  return readUndoToken((await cookies()).get(UNDO_COOKIE)?.value, userId, secret);
}
