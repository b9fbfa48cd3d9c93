import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

test('the seeded memorandum answers with its signatory', async () => {
  const result = await t.execute<{ program: { name: string } }>(
    '{ program(id: "program/ahmu-bgi-memorandum-2018") { name } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.program.name).toBe('Memorandum of cooperation between AHMU and BGI');
});
