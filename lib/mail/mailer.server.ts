// Outgoing email. With SMTP_URL set, through that server (nodemailer). Without it (local use,
// tests), each mail is written as one JSON file to MAIL_OUTBOX_DIR (default .data/outbox/) and its
// links are printed to the console, so flows like "forgot password" work offline and tests can read
// what was sent.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; text: string };
/** What the outbox keeps of each mail (one file per mail). */
export type OutboxMail = OutgoingMail & { from: string; createdAt: string };

export const DEFAULT_OUTBOX_DIR = ".data/outbox";
const DEFAULT_FROM = "SteadyBack <no-reply@localhost>";

let smtp: { url: string; transport: Transporter } | undefined;

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR } = env();
  if (SMTP_URL) {
    // One pooled transport per process (env() validated that MAIL_FROM comes with SMTP_URL).
    if (smtp?.url !== SMTP_URL) smtp = { url: SMTP_URL, transport: nodemailer.createTransport(SMTP_URL) };
    await smtp.transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  await writeToOutbox(
    { ...mail, from: MAIL_FROM ?? DEFAULT_FROM, createdAt: new Date().toISOString() },
    MAIL_OUTBOX_DIR ?? DEFAULT_OUTBOX_DIR,
  );
}

async function writeToOutbox(mail: OutboxMail, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  // Sortable by time; the random part keeps two mails in the same millisecond apart.
  const file = path.resolve(dir, `${mail.createdAt.replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.json`);
  // Owner-only: a reset link in here is as good as the password until it expires.
  await fs.writeFile(file, `${JSON.stringify(mail, null, 2)}\n`, { mode: 0o600 });
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  console.log(
    [
      `[mail] SMTP_URL is not set: "${mail.subject}" to ${mail.to} is in ${file}`,
      ...links.map((link) => `  ${link}`),
    ].join("\n"),
  );
}
