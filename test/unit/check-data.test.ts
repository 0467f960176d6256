/**
 * The data check that runs before every build, over a copy of the real data/ folder with one
 * defect at a time: schema failures and invariant failures name the file, entry and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataIssue } from '../../src/lib/data/invariants.ts';
import { checkDataDir } from '../../src/lib/data/load.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string | undefined;

/** A copy of data/ with `edit` applied to one JSON file. */
function withDefect(file: string, edit: (json: any) => void): string[] {
	dir = mkdtempSync(join(tmpdir(), 'dti-check-'));
	cpSync(join(ROOT, 'data/units'), join(dir, 'data/units'), { recursive: true });
	cpSync(join(ROOT, 'data/editions'), join(dir, 'data/editions'), { recursive: true });
	cpSync(join(ROOT, 'data/sources.json'), join(dir, 'data/sources.json'));
	const path = join(dir, file);
	const json = JSON.parse(readFileSync(path, 'utf8'));
	edit(json);
	writeFileSync(path, JSON.stringify(json));
	return checkDataDir(dir).map(formatDataIssue);
}

afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

describe('checkDataDir() on the real data', () => {
	it('passes', () => {
		expect(checkDataDir(ROOT)).toEqual([]);
	});
});

describe('schema failures', () => {
	it('a rank that is not a positive whole number', () => {
		const m = withDefect('data/editions/2022/provinces.json', (j) => (j.rows[0].rank = 0));
		expect(m).toEqual([
			'data/editions/2022/provinces.json › da-nang › field "rank": Too small: expected number to be >0',
		]);
	});
	it('a score given as text', () => {
		const m = withDefect('data/editions/2023/provinces.json', (j) => (j.rows[2].total = '0,7660'));
		expect(m).toEqual([
			'data/editions/2023/provinces.json › hue › field "total": Invalid input: expected number, received string',
		]);
	});
	it('an unknown field (typos do not pass silently)', () => {
		const m = withDefect('data/editions/2022/provinces.json', (j) => (j.rows[1].totl = 0.7));
		expect(m).toEqual(['data/editions/2022/provinces.json › ho-chi-minh: Unrecognized key: "totl"']);
	});
	it('a unit id that is not an ASCII slug', () => {
		const m = withDefect('data/units/provinces.json', (j) => (j[0].id = 'Hà-Nội'));
		expect(m[0]).toBe(
			'data/units/provinces.json › Hà-Nội › field "id": must be an ASCII slug such as "da-nang"',
		);
	});
	it('an edition without a publication date', () => {
		const m = withDefect('data/editions/2021/edition.json', (j) => delete j.published.date);
		expect(m[0]).toBe(
			'data/editions/2021/edition.json › field "published.date": Invalid input: expected string, received undefined',
		);
	});
});

describe('invariant failures on real files', () => {
	it('a merged 2025 unit in a 2022 table', () => {
		const m = withDefect('data/editions/2022/provinces.json', (j) => (j.rows[0].unit = 'da-nang-2025'));
		expect(m).toContain(
			'data/editions/2022/provinces.json › da-nang-2025 › field "unit": unit is not valid on the table\'s date 2022-12-31 (valid 2025-07-01 to now)',
		);
	});
	it('a tie broken by a typo in a total', () => {
		const m = withDefect(
			'data/editions/2022/provinces.json',
			(j) => (j.rows.find((r: any) => r.unit === 'yen-bai').total = 0.6351),
		);
		expect(m).toContain(
			'data/editions/2022/provinces.json › yen-bai › field "total": shares rank 15 with thanh-hoa but their totals differ (0.6351 vs 0.635)',
		);
	});
});
