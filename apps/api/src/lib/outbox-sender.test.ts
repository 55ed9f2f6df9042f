import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app.ts';
import { queueEmail } from './mailer.ts';
import { startOutboxSender } from './outbox-sender.ts';

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
      },
      {
        from: 'Cap Numérique <ne-pas-repondre@capnum.test>',
        to: 'artisan@exemple.fr',
        subject: 'Second',
        text: 'Bonjour, second message.',
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
    expect(await sender.flush()).toBe(1);
    sender.stop();
  });
});
