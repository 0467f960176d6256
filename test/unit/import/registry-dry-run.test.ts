/**
 * `npm run import -- --registry --dry-run`: says, for each file the registry rebuild writes,
 * whether it would change, and writes nothing; without --dry-run it writes them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import-dti.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'dti-registry-'));
cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runImport(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, root);
	return { status, out, err };
}
const provinces = join(root, 'data/units/provinces.json');

describe('rebuilding the registry', () => {
	it('with --dry-run, says every file is unchanged when it is, and writes nothing', async () => {
		const r = await run('--registry', '--dry-run');
		expect(r.status).toBe(0);
		expect(r.out).toEqual([
			expect.stringMatching(/^data\/units\/provinces\.json \(\d+ entries\): unchanged$/),
			expect.stringMatching(/^data\/units\/ministries\.json \(\d+ entries\): unchanged$/),
			expect.stringMatching(/^data\/sources\.json \(\d+ entries\): unchanged$/),
			'Dry run: nothing was written.',
		]);
	});

	it('with --dry-run, names the file that would change and leaves it as it is', async () => {
		writeFileSync(provinces, '[]\n');
		const r = await run('--registry', '--dry-run');
		expect(r.status).toBe(0);
		expect(r.out[0]).toMatch(/^data\/units\/provinces\.json \(\d+ entries\): would change$/);
		expect(r.out[1]).toMatch(/unchanged$/);
		expect(readFileSync(provinces, 'utf8')).toBe('[]\n');
	});

	it('without --dry-run, writes the files again from data/raw/', async () => {
		const r = await run('--registry');
		expect(r.status).toBe(0);
		expect(r.out[0]).toMatch(/^wrote data\/units\/provinces\.json/);
		expect(readFileSync(provinces, 'utf8')).toBe(
			readFileSync(join(ROOT, 'data/units/provinces.json'), 'utf8'),
		);
	});
});
