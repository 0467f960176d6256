/**
 * A failed build never replaces the last good site: with a defect in data/, `scripts/build.ts`
 * stops before building, names the file, entry and field, and leaves the output folder as it was.
 * Runs on a copy of the project (node_modules linked), so the real tree is untouched.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'dti-safety-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('scripts/build.ts with bad data', () => {
	it('stops with a clear message and keeps the previous site', () => {
		for (const d of ['scripts', 'src', 'data']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
		cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
		symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
		const file = join(copy, 'data/editions/2022/provinces.json');
		const json = JSON.parse(readFileSync(file, 'utf8'));
		json.rows[0].total = 80.02; // a score typed on the 0–100 scale
		writeFileSync(file, JSON.stringify(json));
		const out = join(copy, 'site');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'last good site');

		const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
			cwd: copy,
			encoding: 'utf8',
		});

		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			'Build stopped: the data has 1 problem(s). The previous site was left as it was.',
		);
		expect(r.stderr).toContain(
			'data/editions/2022/provinces.json › da-nang › field "total": 80.02 is outside the scale 0–1',
		);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
	});
});
