import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

/** Every organisation with how many actions it is responsible for and how many editors it has. */
export async function findOrganisationsForEditing(options: { user: Actor }) {
  assertCan(options.user, 'organisation.edit', null);
  const organisations = await prisma.organisation.findMany({
    orderBy: { abbreviation: 'asc' },
    select: {
      id: true,
      abbreviation: true,
      name: true,
      aliases: true,
      _count: { select: { responsibilities: true, users: { where: { active: true } } } },
    },
  });
  return organisations.map(({ _count, ...organisation }) => ({
    ...organisation,
    actionCount: _count.responsibilities,
    editorCount: _count.users,
  }));
}
