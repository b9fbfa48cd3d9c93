import { EMPTY_DIRECTORY } from '../../src/domain/entityDirectory';
import { planDocument } from '../../src/import/plan/planDocument';
import {
  countSyntheticDocuments,
  syntheticDocuments,
} from '../../src/synthetic/syntheticDocuments';
import { buildSyntheticWorld } from '../../src/synthetic/syntheticWorld';

describe('the synthetic world', () => {
  test('is a pure function of scale and seed', () => {
    expect(JSON.stringify(buildSyntheticWorld(0.05, 3))).toBe(
      JSON.stringify(buildSyntheticWorld(0.05, 3)),
    );
    expect(JSON.stringify(buildSyntheticWorld(0.05, 4))).not.toBe(
      JSON.stringify(buildSyntheticWorld(0.05, 3)),
    );
  });

  test('has the issue sizes at scale 1', () => {
    const world = buildSyntheticWorld(1, 1);
    const positions = world.people.reduce((sum, p) => sum + p.positions.length, 0);
    expect(world.organizations.length).toBeGreaterThan(1_800);
    expect(world.organizations.length).toBeLessThan(2_200);
    expect(world.people).toHaveLength(50_000);
    expect(positions).toBeGreaterThan(150_000);
    expect(world.programs).toHaveLength(5_000);
    expect(world.events).toHaveLength(3_000);
    expect(countSyntheticDocuments(world)).toBeGreaterThan(9_900);
    expect(countSyntheticDocuments(world)).toBeLessThan(10_100);
  });

  test('gives every entity a distinct id', () => {
    const world = buildSyntheticWorld(0.2, 1);
    const ids = [
      ...world.organizations,
      ...world.people,
      ...world.programs,
      ...world.events,
      ...world.places,
    ].map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('skews: the busiest organization is party to far more programs than the median one', () => {
    const world = buildSyntheticWorld(1, 1);
    const perOrganization = new Array<number>(world.organizations.length).fill(0);
    for (const program of world.programs) {
      for (const party of program.parties) {
        perOrganization[party.organization] = (perOrganization[party.organization] ?? 0) + 1;
      }
    }
    const sorted = [...perOrganization].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(sorted[0]).toBeGreaterThan(20 * Math.max(median, 1));
  });
});

describe('the synthetic documents', () => {
  test('the reference vocabulary passes the curated-document validation on its own', async () => {
    // The reference vocabulary refers to nothing outside itself.
    const [reference] = syntheticDocuments(buildSyntheticWorld(0.01, 1));
    const plan = await planDocument(reference, { file: 'reference', directory: EMPTY_DIRECTORY });
    expect(plan.nodes.length).toBeGreaterThan(50);
    expect(plan.excerpts.length).toBeGreaterThan(50);
    expect(plan.relationships.every((r) => r.evidenceIds.length > 0)).toBe(true);
  });
});
