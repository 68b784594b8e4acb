import pg from 'pg';

export const PUBLICATION_CHANNEL = 'voortgang_pages';

/**
 * Several app instances each keep their own page cache: a publication in one of them reaches the
 * others through Postgres NOTIFY on this channel. Reconnects when the connection drops.
 */
export function listenForPublications(connectionString: string, onPublication: (planSlug: string) => void): void {
  const connect = async () => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => onPublication(message.payload ?? ''));
    client.on('error', () => retry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLICATION_CHANNEL}`);
    } catch {
      retry(client);
    }
  };
  const retry = (client: pg.Client) => {
    client.removeAllListeners();
    client.end().catch(() => {});
    setTimeout(connect, 5_000).unref();
  };
  void connect();
}
