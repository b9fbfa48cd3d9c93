/** `npm run db:migrate`: applies the constraints and indexes (idempotent). */
import { MIGRATIONS } from '../db/migrations';
import { runCli } from './runCli';

runCli(() => {
  console.log(`applied ${MIGRATIONS.length} schema statements (constraints and indexes)`);
  return Promise.resolve();
});
