import { spawn } from 'node:child_process';

/** Runs a command with inherited output; rejects with a readable message when it fails. */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} mislukte (${signal ?? `exitcode ${code}`}).`));
    });
  });
}

/** Runs a binary from node_modules/.bin. */
export function runBin(name: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  return runCommand(`node_modules/.bin/${name}`, args, env);
}
