/**
 * Builds the site safely: checks data/ first (clear messages, nothing built), builds into a
 * temporary folder, and only then swaps it into place. A failed build never replaces the last
 * good site.
 *
 *   npm run build                      → dist/
 *   BASE_PATH=/dti/ npm run build      → dist/ for hosting under /dti/
 *   npm run build -- --out some/dir    → another output folder
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDataIssue } from '../src/lib/data/invariants.ts';
import { checkDataDir } from '../src/lib/data/load.ts';
import { ROOT } from './lib.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(ROOT, values.out ?? 'dist');
const started = performance.now();

const issues = checkDataDir(ROOT);
if (issues.length) {
	console.error(
		`Build stopped: the data has ${issues.length} problem(s). The previous site was left as it was.`,
	);
	for (const i of issues) console.error(`  - ${formatDataIssue(i)}`);
	process.exit(1);
}

const tmpRoot = resolve(ROOT, '.build-tmp');
mkdirSync(tmpRoot, { recursive: true });
const staging = resolve(tmpRoot, `staging-${process.pid}`);
rmSync(staging, { recursive: true, force: true });

/**
 * Astro's heap is capped (768 MB unless DTI_BUILD_HEAP_MB or NODE_OPTIONS says otherwise): V8
 * otherwise lets garbage grow towards its multi-GB default before collecting, and a ~6,000-page
 * build peaked near 1 GB RSS; with the cap it stays near 0.7 GB at about the same speed.
 * Raise DTI_BUILD_HEAP_MB for very large sites.
 */
const heapMb = Number(process.env.DTI_BUILD_HEAP_MB ?? 768);
const nodeOptions = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
	? process.env.NODE_OPTIONS
	: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim();
const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build'], {
	cwd: ROOT,
	stdio: 'inherit',
	env: { ...process.env, NODE_OPTIONS: nodeOptions, DTI_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (run.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`Build failed (astro exited with ${run.status}). The previous site in ${out} was left as it was.`,
	);
	process.exit(1);
}

mkdirSync(dirname(out), { recursive: true });
const old = resolve(tmpRoot, `old-${process.pid}`);
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
rmSync(old, { recursive: true, force: true });
console.log(`Site written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
