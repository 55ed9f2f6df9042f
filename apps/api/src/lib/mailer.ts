import type { Executor } from '../db/database.ts';

export interface Email {
  chamberId: string | null;
  to: string;
  subject: string;
  /** Plain text: read on phones, and the part every client shows. */
  body: string;
  /** Files sent with it (a booking's calendar file). */
  attachments?: readonly EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

/**
 * The one way to send an e-mail: queue it with the transaction of the change that
 * causes it, so it exists if and only if the change commits (transactional outbox).
 * The outbox sender delivers it through SMTP, or logs it when there is none.
 */
export async function queueEmail(executor: Executor, email: Email): Promise<void> {
  await executor
    .insertInto('outbox')
    .values({
      chamber_id: email.chamberId,
      to_email: email.to,
      subject: email.subject,
      body: email.body,
      html: htmlOf(email.body),
      attachments:
        email.attachments && email.attachments.length > 0
          ? JSON.stringify(email.attachments)
          : null,
    })
    .execute();
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The simple HTML part of an e-mail, from its text: paragraphs, line breaks, and every
 * link clickable. Nothing else (no images, no tracking), so it reads like the text.
 */
export function htmlOf(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => {
    const lines = paragraph
      .split('\n')
      .map((line) =>
        escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`),
      );
    return `<p>${lines.join('<br>')}</p>`;
  });
  return `<!doctype html><html lang="fr"><body style="font-family:sans-serif;line-height:1.5;max-width:36em">${paragraphs.join('')}</body></html>`;
}

/** Builds the links e-mails carry, from PUBLIC_URL. */
export type LinkTo = (path: string) => string;

export function linksFrom(publicUrl: string): LinkTo {
  return (path) => new URL(path, publicUrl).toString();
}
