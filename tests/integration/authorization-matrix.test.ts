/**
 * The authorization matrix, against Postgres: every mutation × every role (the ministry, a partner
 * of the action's lead organisation, of its third, co-responsible organisation, of another one,
 * a reader) × every round state. Each case either succeeds and writes its audit line, or is refused
 * with exactly the expected error and Dutch message and leaves the contents of every table as they
 * were. The expectations are in tests/support/authorization-cases.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createMatrixFixture, type MatrixFixture } from '../support/authorization-calls';
import { MATRIX, ROLES, STATES, type Outcome, type Role } from '../support/authorization-cases';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { Actor } from '@/lib/auth/session-user';

function actorFor(role: Role, f: MatrixFixture): Actor {
  if (role === 'ministerie') return f.users.ministry;
  if (role === 'partner, eerste verantwoordelijke') return f.users.leadPartner;
  if (role === 'partner, medeverantwoordelijke (derde organisatie)') return f.users.thirdPartner;
  if (role === 'partner, andere organisatie') return f.users.otherPartner;
  return null;
}

const describeOutcome = (outcome: Outcome) => (outcome === 'toegestaan' ? 'toegestaan' : `geweigerd: ${outcome.message}`);

describe('authorization matrix', () => {
  for (const matrixCase of MATRIX) {
    describe(matrixCase.name, () => {
      for (const state of STATES) {
        describe(`ronde ${state}`, () => {
          const fresh = async () => {
            await truncateAll(databaseUrl);
            const fixture = await createMatrixFixture(db, state, matrixCase.reviewState);
            await matrixCase.prepare?.(db, fixture);
            return fixture;
          };
          // A refused call changes nothing (each case proves it), so the refused roles share one
          // fixture; they run first, and every allowed call gets a fresh one of its own.
          let shared: Promise<MatrixFixture> | null = null;
          beforeAll(() => {
            shared = null;
          });
          const cases = ROLES.map((role) => ({ role, outcome: matrixCase.expected(role, state) }));
          const ordered = [...cases.filter((c) => c.outcome !== 'toegestaan'), ...cases.filter((c) => c.outcome === 'toegestaan')];

          for (const { role, outcome } of ordered) {
            it(`${role}: ${describeOutcome(outcome)}`, async () => {
              const fixture = await (outcome === 'toegestaan' ? fresh() : (shared ??= fresh()));
              const user = actorFor(role, fixture);
              const before = await snapshotTables(db);
              const error = await matrixCase.run(fixture, user).then(
                () => null,
                (thrown: unknown) => thrown,
              );
              const after = await snapshotTables(db);

              if (outcome === 'toegestaan') {
                expect(error).toBeNull();
                const audit = addedRows(before, after, 'audit_log') as { permission: string; actor_id: number }[];
                expect(audit.map((line) => line.permission)).toContain(matrixCase.permission);
                expect(audit.every((line) => line.actor_id === user!.id)).toBe(true);
              } else {
                expect(error).toBeInstanceOf(outcome.error);
                expect((error as Error).message).toBe(outcome.message);
                expect(after).toEqual(before);
              }
            });
          }
        });
      }
    });
  }
});
