// Reads the mail outbox (lib/mail/mailer.server.ts writes one JSON file per mail there when no
// SMTP_URL is set): what was sent to an address, and the reset link in it.
import fs from "node:fs";
import path from "node:path";

export type OutboxMail = { to: string; from: string; subject: string; text: string; createdAt: string };

/** Every mail in the outbox to `to`, oldest first. */
export function mailsTo(outboxDir: string, to: string): OutboxMail[] {
  if (!fs.existsSync(outboxDir)) return [];
  return fs
    .readdirSync(outboxDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(outboxDir, name), "utf8")) as OutboxMail)
    .filter((mail) => mail.to === to);
}

/** The password-reset link of a mail. */
export function resetLinkIn(mail: OutboxMail): URL {
  const link = mail.text.match(/https?:\/\/\S*\/reset-password\?token=\S+/)?.[0];
  if (!link) throw new Error(`No reset link in: ${mail.text}`);
  return new URL(link);
}
