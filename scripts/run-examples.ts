// Runs every example in examples/ against the BUILT package (`slakit` resolves
// to dist/ through package.json "exports"), the way a user would import it.
// Fails if any example fails. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('examples: dist/ is missing — run `npm run build` first');
  process.exit(2);
}
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort();
if (examples.length === 0) {
  console.error('examples: no examples found');
  process.exit(2);
}
let failed = 0;
for (const file of examples) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('examples', file)], { cwd: root, encoding: 'utf8', // tsconfig.examples.json has no `paths`, so `slakit` resolves through
  // package.json exports to dist/, not to src/.
  env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.examples.json') } });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file}`);
  if (!ok) console.log(result.stdout, result.stderr);
}
console.log(`${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
