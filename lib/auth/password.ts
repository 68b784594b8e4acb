import { compare, hash } from 'bcryptjs';

/** bcrypt's cost (2^11 rounds): about 0.2 s per check in pure JavaScript, which slows down guessing. */
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

// Checked when an account does not exist, so that a sign-in takes as long whether or not it does.
let dummyHash: Promise<string> | undefined;

/** Whether `password` matches `passwordHash`; with no hash, a check that always fails, just as slow. */
export async function verifyPassword(password: string, passwordHash: string | null | undefined): Promise<boolean> {
  if (passwordHash) return compare(password, passwordHash);
  dummyHash ??= hash('geen-account', COST);
  await compare(password, await dummyHash);
  return false;
}
