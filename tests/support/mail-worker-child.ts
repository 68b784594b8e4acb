import { spawn } from 'node:child_process';

/** Starts tests/support/mail-worker-process.ts (one node process, so SIGKILL ends it all) once it takes jobs. */
export async function startWorkerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/mail-worker-process.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('klaar')) resolve();
    });
    void exited.then(() => reject(new Error('het werkproces stopte voordat het klaar was')));
  });
  return { exited, kill: () => child.kill('SIGKILL') };
}
