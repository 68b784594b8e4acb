/** How mail leaves the app: over SMTP when SMTP_URL is set, else it is kept for /beheer/berichten. */
export type MailConfig = {
  /** null: no delivery (the embedded demo); messages are kept and shown to ministry editors. */
  smtpUrl: string | null;
  from: string;
  /** The host in each message's Message-ID (`<mail-{id}@{host}>`). */
  messageIdHost: string;
};

/**
 * Reads SMTP_URL and MAIL_FROM, refusing a wrong value with a Dutch message that names the
 * variable (the server checks it at start, so a typo does not surface as lost mail later).
 */
export function readMailConfig(env: Readonly<Record<string, string | undefined>> = process.env): MailConfig {
  const host = appHost(env);
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      throw new Error('SMTP_URL is geen geldig adres; gebruik bijvoorbeeld smtp://gebruiker:wachtwoord@mail.example.nl:587.');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new Error(`SMTP_URL moet beginnen met smtp:// of smtps:// (nu ${url.protocol}//).`);
    }
    if (!url.hostname) throw new Error('SMTP_URL noemt geen server (bijvoorbeeld smtp://mail.example.nl:587).');
  }
  const from = env.MAIL_FROM?.trim() || `Voortgang <noreply@${host}>`;
  const address = from.match(/<([^<>]*)>\s*$/)?.[1] ?? from;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address) || /[\r\n]/.test(from)) {
    throw new Error('MAIL_FROM is geen geldig afzenderadres; gebruik bijvoorbeeld "Voortgang <noreply@example.nl>".');
  }
  return { smtpUrl, from, messageIdHost: host };
}

/** Whether messages are delivered (SMTP_URL set) rather than kept. */
export function isDeliveryConfigured(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

function appHost(env: Readonly<Record<string, string | undefined>>): string {
  try {
    return new URL(env.NEXTAUTH_URL || 'http://localhost').hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}
