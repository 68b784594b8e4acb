/**
 * The review page's filters: each part of the URL narrows the list, the parts combine, the counts
 * stay those of the whole round, and what is not understood is ignored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReviewScene } from '../support/review-scene';
import { truncateAll } from '../support/test-database';
import { findRoundReview } from '@/lib/review/find-round-review';
import { parseReviewFilter, type ReviewSearchParams } from '@/lib/validation/review-filter';

const NOW = new Date('2026-02-01T12:00:00Z');

type Scene = Awaited<ReturnType<typeof createReviewScene>>;

async function titlesOf(scene: Scene, params: ReviewSearchParams) {
  const review = await findRoundReview({ user: scene.ministry, roundId: scene.round.id, filter: parseReviewFilter(params), now: NOW });
  return review!.entries.map((e) => e.title);
}

describe('filtering the review of a round', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  async function titlesFor(params: ReviewSearchParams) {
    const scene = await createReviewScene(db);
    const review = (await findRoundReview({ user: scene.ministry, roundId: scene.round.id, filter: parseReviewFilter(params), now: NOW }))!;
    return { scene, review, titles: review.entries.map((e) => e.title) };
  }

  it('shows everything without a filter, with the counts of the whole round and the choices to filter by', async () => {
    const { scene, review, titles } = await titlesFor({});
    expect(titles).toEqual(['Vertraagd', 'Stilstaand', 'Zonder partner', 'Gedeeld']);
    expect(review.total).toBe(4);
    expect(review.counts).toEqual({ NOT_STARTED: 2, IN_PROGRESS: 1, READY_FOR_REVIEW: 1, APPROVED: 0, RETURNED: 0 });
    expect(review.choices.organisations.map((o) => o.id).sort()).toEqual([scene.a.id, scene.b.id].sort());
    expect(review.choices.lines.map((l) => l.code)).toEqual(['1', '2']);
    const delayed = review.entries[0]!;
    expect(delayed).toMatchObject({ overdue: true, noPartner: false, shift: { previousEnd: '2020-03-31', newEnd: '2020-06-30', months: 3 } });
    expect(review.entries[2]).toMatchObject({ title: 'Zonder partner', noPartner: true, overdue: false });
  });

  it('narrows by organisation, by "geen partner" and by actielijn', async () => {
    const { scene } = await titlesFor({});
    const titles = (params: ReviewSearchParams) => titlesOf(scene, params);
    expect(await titles({ organisatie: String(scene.a.id) })).toEqual(['Vertraagd', 'Gedeeld']);
    expect(await titles({ organisatie: String(scene.b.id) })).toEqual(['Stilstaand', 'Gedeeld']);
    expect(await titles({ organisatie: 'geen' })).toEqual(['Zonder partner']);
    expect(await titles({ actielijn: String(scene.lines[1]!.id) })).toEqual(['Zonder partner', 'Gedeeld']);
  });

  it('narrows by review state, change since the previous round, over tijd and a shifted deadline', async () => {
    const { scene } = await titlesFor({});
    const titles = (params: ReviewSearchParams) => titlesOf(scene, params);
    expect(await titles({ toon: 'klaar' })).toEqual(['Gedeeld']);
    expect(await titles({ toon: 'nog-niet' })).toEqual(['Stilstaand', 'Zonder partner']);
    // A new action counts as changed.
    expect(await titles({ wijziging: 'gewijzigd' })).toEqual(['Vertraagd', 'Zonder partner']);
    expect(await titles({ wijziging: 'ongewijzigd' })).toEqual(['Stilstaand', 'Gedeeld']);
    expect(await titles({ 'over-tijd': 'ja' })).toEqual(['Vertraagd']);
    expect(await titles({ verschoven: 'ja' })).toEqual(['Vertraagd']);
  });

  it('combines the parts: organisation and line and state together', async () => {
    const { scene } = await titlesFor({});
    const review = (await findRoundReview({
      user: scene.ministry,
      roundId: scene.round.id,
      filter: parseReviewFilter({ organisatie: String(scene.a.id), actielijn: String(scene.lines[1]!.id), wijziging: 'ongewijzigd' }),
      now: NOW,
    }))!;
    expect(review.entries.map((e) => e.title)).toEqual(['Gedeeld']);
    expect(review.total).toBe(4);
    expect(review.counts.NOT_STARTED).toBe(2);
    const none = (await findRoundReview({
      user: scene.ministry,
      roundId: scene.round.id,
      filter: parseReviewFilter({ organisatie: 'geen', 'over-tijd': 'ja' }),
      now: NOW,
    }))!;
    expect(none.entries).toEqual([]);
  });

  it('ignores parameters it does not know or understand, each on its own', async () => {
    expect(parseReviewFilter({ organisatie: 'abc', actielijn: '-1', toon: 'alles', wijziging: 'ja', 'over-tijd': 'nee', verschoven: ['ja', 'ja'], foo: 'bar' })).toEqual({});
    expect(parseReviewFilter({ organisatie: '99999999999', toon: 'klaar', actielijn: '1\u0000' })).toEqual({ reviewState: 'READY_FOR_REVIEW' });
    const { titles } = await titlesFor({ toon: ['klaar', 'bezig'], organisatie: '7777', 'over-tijd': 'ja' });
    // An organisation that has no action here is a valid choice that shows nothing; the repeated toon is ignored.
    expect(titles).toEqual([]);
  });
});
