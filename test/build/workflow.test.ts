/**
 * The publishing workflow on a copy of the project: scaffold an edition, see the data check name
 * what is still to fill, import a spreadsheet (names matched to the units valid at the table's
 * date), and see a bad spreadsheet rejected with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'dti-workflow-'));
const run = (...args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const read = (p: string) => JSON.parse(readFileSync(join(copy, p), 'utf8'));

beforeAll(() => {
	for (const d of ['scripts', 'src', 'data']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('new edition → check → import', () => {
	it('scaffolds 2025 from 2024 and refuses to overwrite it', () => {
		expect(run('scripts/new-edition.ts', '2025').status).toBe(0);
		const e = read('data/editions/2025/edition.json');
		expect(e.tables.map((t: { id: string; as_of: string }) => [t.id, t.as_of])).toEqual([
			['provinces', '2026-07-01'],
			['provinces-63', '2025-12-31'],
			['ministries', '2025-12-31'],
		]);
		const again = run('scripts/new-edition.ts', '2025');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('data/editions/2025 already exists; nothing was changed.');
	});

	it('the data check lists the publication fields still to fill', () => {
		const r = run('scripts/check.ts');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('data/editions/2025/edition.json › field "published.date": Invalid ISO date');
		expect(r.stderr).toContain('data/editions/2025/edition.json › field "published.sources"');
	});

	it('imports a spreadsheet with Vietnamese decimal commas, matching names to the 34 units', () => {
		writeFileSync(join(copy, 'tinh.csv'), 'rank,name,total\n1,TP. Hà Nội,"0,85"\n2,TP. Đà Nẵng,"0,80"\n');
		const r = run('scripts/import-dti.ts', '--edition', '2025', '--table', 'provinces', '--file', 'tinh.csv');
		expect(r.stderr).toBe('');
		const rows = read('data/editions/2025/provinces.json').rows;
		expect(rows.map((x: { unit: string; total: number }) => [x.unit, x.total])).toEqual([
			['ha-noi', 0.85],
			['da-nang-2025', 0.8],
		]);
	});

	it('rejects a bad spreadsheet naming row and field, and keeps the previous import', () => {
		writeFileSync(join(copy, 'bad.csv'), 'rank,name,total\n1,TP. Hà Nội,85\n2,Quảng Nam,0.7\n');
		const r = run('scripts/import-dti.ts', '--edition', '2025', '--table', 'provinces', '--file', 'bad.csv');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('Import stopped: 2 problem(s); nothing was written.');
		expect(r.stderr).toContain(
			'bad.csv:2 (TP. Hà Nội) field "total": 85 is outside the edition\'s scale 0–1',
		);
		expect(r.stderr).toContain(
			'bad.csv:3 (Quảng Nam) field "name": "Quảng Nam" is quang-nam, which did not exist on 2026-07-01',
		);
		expect(read('data/editions/2025/provinces.json').rows).toHaveLength(2);
	});
});
