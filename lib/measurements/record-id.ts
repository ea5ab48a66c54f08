// Ids for measurement rows that raw SQL inserts, so the id is known before the statement runs.
import { randomBytes } from "node:crypto";

/** A new row id in the shape of Prisma's cuid() (a "c", the time, randomness; 25 lower-case characters). */
export function newRecordId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = [...randomBytes(15)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${time}${random}`;
}
