/**
 * Done-when of issue 9: a ministry-style file of the 2022 provincial table (xlsx with a title
 * row and merged headers; CSV with ";", decimal commas, BOM and unaccented names) imports to
 * exactly the committed 2022 data, and the importer says it has nothing to write.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import-dti.ts';
import { ministryCsv, ministryXlsx, ROOT } from '../../fixtures/import/ministry.ts';

const dir = mkdtempSync(join(tmpdir(), 'dti-ministry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const committed = readFileSync(resolve(ROOT, 'data/editions/2022/provinces.json'), 'utf8');

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runImport(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, ROOT);
	return { status, out, err };
}

// Generous timeout: exceljs and the dataset check take a few seconds on a loaded 2-core machine.
describe('ministry-style files of DTI 2022 (provinces)', { timeout: 30_000 }, () => {
	it('xlsx with a title row, an instructions sheet and merged two-row headers imports to the committed table', async () => {
		const file = join(dir, 'DTI-2022-tinh.xlsx');
		writeFileSync(file, await ministryXlsx());
		const r = await run(['--edition', '2022', '--file', file, '--dry-run']);
		expect(r.out.join('\n')).toContain('read "DTI 2022 cấp tỉnh"');
		expect(r.out.join('\n')).toContain(
			'[DTI 2022 cấp tỉnh] row 3: header found here; 1 title row(s) above it skipped',
		);
		expect(r.out.at(-1)).toBe(
			'data/editions/2022/provinces.json is already up to date (63 rows); nothing was written.',
		);
		expect(r.status).toBe(0);
		expect(readFileSync(resolve(ROOT, 'data/editions/2022/provinces.json'), 'utf8')).toBe(committed);
	});

	it('CSV with BOM, ";", decimal commas and names without diacritics imports to the committed table', async () => {
		const file = join(dir, 'DTI-2022-tinh.csv');
		writeFileSync(file, ministryCsv());
		const r = await run(['--edition', '2022', '--file', file]);
		expect(r.out.at(-1)).toBe(
			'data/editions/2022/provinces.json is already up to date (63 rows); nothing was written.',
		);
		// Unaccented names are matched, but the stored printed name stays the one on record.
		expect(r.out).toContain(
			`  ${file}:3 (TP. Da Nang) field "name": "TP. Da Nang" is not a printed form of da-nang; stored as "TP. Đà Nẵng"`,
		);
		// 59 of the 63 names carry diacritics, plus the header note: the list stops at 20 lines.
		expect(r.out[0]).toBe('Notes (60):');
		expect(r.out.at(-2)).toBe('  … and 40 more');
		expect(r.err).toEqual([]);
		expect(r.status).toBe(0);
		expect(readFileSync(resolve(ROOT, 'data/editions/2022/provinces.json'), 'utf8')).toBe(committed);
	});
});
