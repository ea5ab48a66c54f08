// Password hashing with argon2id (@node-rs/argon2).
import "server-only";
import { hash, verify } from "@node-rs/argon2";

import { ARGON2_OPTIONS as OPTIONS } from "./argon2-options";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

// Verifying against a fixed hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("not-a-real-password-0000", OPTIONS);
  await verifyPassword(await dummyHash, password);
}
