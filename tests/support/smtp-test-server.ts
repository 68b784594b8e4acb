import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; messageId: string };

/**
 * A real SMTP server in the test process (smtp-server), parsing what arrives (mailparser).
 * `refuseWith(451)` makes it answer every message with that temporary error until `accept()`;
 * `stop()` and `start()` take it down and bring it back on the same port.
 */
export type SmtpTestServer = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves once `count` messages have arrived in all. */
  waitForCount: (count: number) => Promise<ReceivedMail[]>;
  /** Resolves once `count` delivery attempts were refused in all. */
  waitForRefusals: (count: number) => Promise<void>;
  refuseWith: (code: 421 | 451) => void;
  accept: () => void;
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

export async function startSmtpTestServer(port = 0, onMail?: (mail: ReceivedMail) => void): Promise<SmtpTestServer> {
  const events = new EventEmitter();
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let refusal: number | null = null;
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onMailFrom(_address, _session, callback) {
        if (refusal === null) return callback();
        refusals += 1;
        events.emit('change');
        callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: refusal }));
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            const parsed = toReceived(mail);
            received.push(parsed);
            onMail?.(parsed);
            events.emit('change');
            callback();
          })
          .catch(callback);
      },
    });
  let server = create();
  const listen = (onPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const actualPort = await listen(port);
  const waitFor = <T>(done: () => T | null) =>
    new Promise<T>((resolve) => {
      const check = () => {
        const result = done();
        if (result === null) return;
        events.off('change', check);
        resolve(result);
      };
      events.on('change', check);
      check();
    });
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    received,
    waitForCount: (count) => waitFor(() => (received.length >= count ? [...received] : null)),
    waitForRefusals: (count) => waitFor(() => (refusals >= count ? undefined : null)),
    refuseWith: (code) => (refusal = code),
    accept: () => (refusal = null),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      server = create();
      await listen(actualPort);
    },
  };
}

function toReceived(mail: ParsedMail): ReceivedMail {
  const addresses = (list: ParsedMail['to']) =>
    (Array.isArray(list) ? list : list ? [list] : []).flatMap((group) => group.value.map((a) => a.address ?? ''));
  return { to: addresses(mail.to), from: mail.from?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '' };
}
