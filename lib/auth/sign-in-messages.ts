/** The error codes sign-in can end with, and what the sign-in page says about each (Dutch). */

/** authorize() throws `TeVeelPogingen:<seconds>` when sign-in is slowed down. */
export const THROTTLED_ERROR_PREFIX = 'TeVeelPogingen:';

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(THROTTLED_ERROR_PREFIX)) {
    const seconds = Number(code.slice(THROTTLED_ERROR_PREFIX.length)) || 60;
    const wait = seconds < 90 ? `${Math.max(seconds, 1)} seconden` : `${Math.ceil(seconds / 60)} minuten`;
    return `Te veel mislukte pogingen. Probeer het over ${wait} opnieuw.`;
  }
  switch (code) {
    case 'CredentialsSignin':
      return 'Het e-mailadres of het wachtwoord klopt niet.';
    case 'GeenAccount':
    case 'AccessDenied':
      return 'Er is hier geen (actief) account voor dit e-mailadres. Vraag het ministerie om een account.';
    case 'EmailNietBevestigd':
      return 'Uw organisatieaccount heeft geen bevestigd e-mailadres. Vraag uw organisatie dat te bevestigen, of log in met wachtwoord.';
    case 'SessionRequired':
      return 'Log in om verder te gaan.';
    default:
      return 'Inloggen is niet gelukt. Probeer het opnieuw.';
  }
}

/** What the sign-in page says after a password was set (`?melding=`), or null. */
export function signInNotice(code: string | null | undefined): string | null {
  switch (code) {
    case 'account-geactiveerd':
      return 'Uw wachtwoord is ingesteld. Log nu in met uw e-mailadres en dat wachtwoord.';
    case 'wachtwoord-hersteld':
      return 'Uw nieuwe wachtwoord is ingesteld en u bent op alle apparaten uitgelogd. Log in met uw nieuwe wachtwoord.';
    case 'wachtwoord-gewijzigd':
      return 'Uw wachtwoord is gewijzigd en u bent op alle apparaten uitgelogd, ook hier. Log opnieuw in met uw nieuwe wachtwoord.';
    default:
      return null;
  }
}
