import pg from 'pg';

export const PUBLICATION_CHANNEL = 'voortgang_pages';
const RECONNECT_MS = 5_000;

/**
 * Several app instances each keep their own page cache: a publication in one of them reaches the
 * others through Postgres NOTIFY on this channel. Reconnects when the connection drops; a
 * publication while it was down is never heard, so every (re)connect counts as one: `onListening`
 * runs once LISTEN holds again (empty the cache there).
 */
export function listenForPublications(options: {
  connectionString: string;
  onPublication: (planSlug: string) => void;
  onListening: () => void;
}): void {
  let connected = false;
  const connect = async () => {
    const client = new pg.Client({ connectionString: options.connectionString });
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      if (connected) console.warn('Verbinding voor publicaties verbroken; opnieuw verbinden…');
      connected = false;
      client.removeAllListeners();
      client.on('error', () => {});
      client.end().catch(() => {});
      setTimeout(connect, RECONNECT_MS).unref();
    };
    client.on('notification', (message) => options.onPublication(message.payload ?? ''));
    client.on('error', retry);
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLICATION_CHANNEL}`);
    } catch {
      retry();
      return;
    }
    if (retried) return;
    connected = true;
    options.onListening();
  };
  void connect();
}
