/**
 * Checks everything in data/ without building the site: each file against its schema, then the
 * dataset invariants. Prints every problem with file, entry and field; exits 1 if any.
 *
 *   npm run check:data            (the checks live in src/lib/data/load.ts)
 */
import { resolve } from 'node:path';
import { formatDataIssue } from '../src/lib/data/invariants.ts';
import { checkDataDir } from '../src/lib/data/load.ts';
import { ROOT } from './lib.ts';

const issues = checkDataDir(process.argv[2] ? resolve(process.argv[2]) : ROOT);
if (issues.length) {
	console.error(`Data check failed: ${issues.length} problem(s).`);
	for (const i of issues) console.error(`  - ${formatDataIssue(i)}`);
	process.exit(1);
}
console.log('Data check passed.');
