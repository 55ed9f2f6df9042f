import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app.ts';
import { htmlOf, queueEmail } from './mailer.ts';
import { retryDelayMs, startOutboxSender } from './outbox-sender.ts';

let context: TestContext;
const silentLog = { warn: () => {}, error: () => {} } as never;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(async () => {
  await context.close();
});

describe('the outbox sender', () => {
  it('sends waiting e-mails once, in order, and marks them sent', async () => {
    for (const subject of ['Premier', 'Second']) {
      await queueEmail(context.db, {
        chamberId: context.chambers.bfc,
        to: 'artisan@exemple.fr',
        subject,
        body: `Bonjour, ${subject.toLowerCase()} message.`,
      });
    }
    const delivered: SendMailOptions[] = [];
    const sender = startOutboxSender({
      db: context.db,
      clock: context.clock,
      transport: { sendMail: async (mail: SendMailOptions) => delivered.push(mail) } as never,
      from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
      log: silentLog,
      intervalMs: 60_000,
    });
    expect(await sender.flush()).toBe(2);
    expect(await sender.flush()).toBe(0);
    sender.stop();
    expect(delivered).toEqual([
      {
        from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
        to: 'artisan@exemple.fr',
        subject: 'Premier',
        text: 'Bonjour, premier message.',
        html: htmlOf('Bonjour, premier message.'),
      },
      {
        from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
        to: 'artisan@exemple.fr',
        subject: 'Second',
        text: 'Bonjour, second message.',
        html: htmlOf('Bonjour, second message.'),
      },
    ]);
    const unsent = await context.db
      .selectFrom('outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent).toEqual([]);
  });

  it('keeps an e-mail the server refused for the next round', async () => {
    await queueEmail(context.db, {
      chamberId: context.chambers.bfc,
      to: 'plombier@exemple.fr',
      subject: 'Liste d’attente',
      body: 'Une place s’est libérée.',
    });
    let available = false;
    const sender = startOutboxSender({
      db: context.db,
      clock: context.clock,
      transport: {
        sendMail: async () => {
          if (!available) throw new Error('connexion refusée');
        },
      } as never,
      from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
      log: silentLog,
      intervalMs: 60_000,
    });
    expect(await sender.flush()).toBe(0);
    available = true;
    // Not before its wait is over (one minute after a first failure)…
    expect(await sender.flush()).toBe(0);
    context.clock.set(new Date(context.clock.now().getTime() + 61_000));
    expect(await sender.flush()).toBe(1);
    sender.stop();
  });

  it('waits longer after each failure, up to six hours', () => {
    expect([1, 2, 3, 4, 20].map(retryDelayMs)).toEqual([
      60_000,
      120_000,
      240_000,
      480_000,
      6 * 60 * 60_000,
    ]);
  });
});

describe('two instances delivering at once', () => {
  it('sends each e-mail once: a batch claimed by one sender is skipped by the other', async () => {
    await context.db.deleteFrom('outbox').execute();
    for (let index = 0; index < 30; index += 1) {
      await queueEmail(context.db, {
        chamberId: context.chambers.bfc,
        to: `artisan-${index}@exemple.fr`,
        subject: 'Votre place est confirmée',
        body: `Message ${index}`,
      });
    }
    const delivered: string[] = [];
    const slowTransport = {
      sendMail: async (mail: { to: string }) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        delivered.push(mail.to);
      },
    };
    const senders = [0, 1].map(() =>
      startOutboxSender({
        db: context.db,
        clock: context.clock,
        transport: slowTransport,
        from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
        log: silentLog,
        intervalMs: 60_000,
      }),
    );
    try {
      const counts = await Promise.all(senders.map((sender) => sender.flush()));
      const again = await Promise.all(senders.map((sender) => sender.flush()));
      expect(counts.reduce((sum, count) => sum + count, 0) + again.reduce((a, b) => a + b, 0)).toBe(
        30,
      );
    } finally {
      for (const sender of senders) sender.stop();
    }
    expect(delivered).toHaveLength(30);
    expect(new Set(delivered).size).toBe(30);
    const unsent = await context.db
      .selectFrom('outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent).toEqual([]);
  });

  it('leaves a claimed e-mail alone until the claim runs out, then sends it', async () => {
    await context.db.deleteFrom('outbox').execute();
    await queueEmail(context.db, {
      chamberId: context.chambers.bfc,
      to: 'claimed@exemple.fr',
      subject: 'Déjà pris',
      body: 'Un autre serveur l’envoie.',
    });
    // Another instance claimed it a minute ago, and crashed.
    await context.db
      .updateTable('outbox')
      .set({ claimed_until: new Date(context.clock.now().getTime() + 4 * 60_000) })
      .execute();
    const delivered: string[] = [];
    const sender = startOutboxSender({
      db: context.db,
      clock: context.clock,
      transport: { sendMail: async (mail: { to: string }) => delivered.push(mail.to) },
      from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
      log: silentLog,
      intervalMs: 60_000,
    });
    try {
      expect(await sender.flush()).toBe(0);
      context.clock.set(new Date(context.clock.now().getTime() + 5 * 60_000));
      expect(await sender.flush()).toBe(1);
    } finally {
      sender.stop();
    }
    expect(delivered).toEqual(['claimed@exemple.fr']);
  });
});

describe('delivery through a real SMTP server', () => {
  it('sends text and HTML, and delivers again after the server refused once', async () => {
    const received: ParsedMail[] = [];
    let refusals = 1;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          if (refusals > 0) {
            refusals -= 1;
            const error = Object.assign(new Error('Boîte pleine, réessayez plus tard'), {
              responseCode: 451,
            });
            callback(error);
            return;
          }
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
    await context.db.deleteFrom('outbox').execute();
    await queueEmail(context.db, {
      chamberId: context.chambers.bfc,
      to: 'boulanger@exemple.fr',
      subject: 'Votre place à l’atelier',
      body: 'Bonjour,\n\nVotre place est confirmée : https://capnum.test/mes-ateliers\n\nÀ bientôt <3',
      attachments: [
        {
          filename: 'atelier-2026-05-12-auxerre.ics',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
          contentType: 'text/calendar',
        },
      ],
    });
    const sender = startOutboxSender({
      db: context.db,
      clock: context.clock,
      transport,
      from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
      log: silentLog,
      intervalMs: 60_000,
    });
    try {
      expect(await sender.flush()).toBe(0);
      const failed = await context.db
        .selectFrom('outbox')
        .select(['attempts', 'last_error', 'sent_at'])
        .executeTakeFirstOrThrow();
      expect(failed.attempts).toBe(1);
      expect(failed.sent_at).toBeNull();
      expect(failed.last_error).toContain('451');
      context.clock.set(new Date(context.clock.now().getTime() + 61_000));
      expect(await sender.flush()).toBe(1);
    } finally {
      sender.stop();
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.subject).toBe('Votre place à l’atelier');
    expect(mail?.to).toMatchObject({ text: 'boulanger@exemple.fr' });
    expect(mail?.text?.trim()).toBe(
      'Bonjour,\n\nVotre place est confirmée : https://capnum.test/mes-ateliers\n\nÀ bientôt <3',
    );
    expect(mail?.html).toContain(
      '<a href="https://capnum.test/mes-ateliers">https://capnum.test/mes-ateliers</a>',
    );
    expect(mail?.html).toContain('À bientôt &#60;3');
    expect(
      mail?.attachments.map((file) => [file.filename, file.contentType, file.content.toString()]),
    ).toEqual([
      ['atelier-2026-05-12-auxerre.ics', 'text/calendar', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'],
    ]);
  });
});
