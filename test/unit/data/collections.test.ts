/**
 * The content-collection loaders fill the pages' collections from the same checked read as the
 * CLI: good data lands entry by entry; bad data stops the sync with file, entry and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataLoader, type DataCollection } from '../../../src/lib/data/collections.ts';
import { DataError } from '../../../src/lib/data/invariants.ts';
import { readCheckedDataOnce } from '../../../src/lib/data/load.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs one collection's loader over `root` into a plain map. */
async function load(kind: DataCollection, root: string) {
	const entries = new Map<string, { data: Record<string, unknown>; filePath?: string }>();
	const store = {
		clear: () => entries.clear(),
		set: (e: { id: string; data: Record<string, unknown>; filePath?: string }) => !!entries.set(e.id, e),
	};
	const config = { root: pathToFileURL(`${root}/`) };
	const logger = { error: () => {} };
	await dataLoader(kind).load({ store, config, logger } as never);
	return entries;
}

describe('dataLoader()', () => {
	it('fills each collection from data/, ids and files as the pages read them', async () => {
		const results = await load('results', ROOT);
		expect(results.get('2024/provinces-63')?.filePath).toBe('data/editions/2024/provinces-63.json');
		expect(results.get('2022/provinces')?.data.rows).toHaveLength(63);
		expect((await load('editions', ROOT)).get('2023')?.data.year).toBe(2023);
		expect((await load('provinces', ROOT)).get('da-nang')?.data.name).toBe('Đà Nẵng');
	});

	it('stops on data that fails a check (no path skips them)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-loader-'));
		dirs.push(dir);
		cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
		const file = join(dir, 'data/editions/2022/provinces.json');
		const json = JSON.parse(readFileSync(file, 'utf8'));
		json.rows[0].total = 80.02;
		writeFileSync(file, JSON.stringify(json));
		await expect(load('sources', dir)).rejects.toThrow(DataError);
		await expect(load('sources', dir)).rejects.toThrow(
			'data/editions/2022/provinces.json › da-nang › field "total": 80.02 is outside the scale 0–1',
		);
	});

	it('reads and checks data/ once per process while it is unchanged (the config and the loaders share it)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-once-'));
		dirs.push(dir);
		cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
		const first = readCheckedDataOnce(dir);
		expect(readCheckedDataOnce(dir)).toBe(first);
		// The loaders take the same read.
		expect((await load('provinces', dir)).get('da-nang')?.data).toEqual(
			first.provinces.find((p) => p.id === 'da-nang'),
		);
		expect(readCheckedDataOnce(dir)).toBe(first);
	});

	it('reads again after a file changes, and a bad change still stops', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-once-'));
		dirs.push(dir);
		cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
		const first = readCheckedDataOnce(dir);
		const file = join(dir, 'data/units/provinces.json');
		const units = JSON.parse(readFileSync(file, 'utf8'));
		units.find((u: { id: string }) => u.id === 'da-nang').name_en = 'Da Nang City';
		writeFileSync(file, JSON.stringify(units));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		const second = readCheckedDataOnce(dir);
		expect(second).not.toBe(first);
		expect(second.provinces.find((p) => p.id === 'da-nang')?.name_en).toBe('Da Nang City');
		units.find((u: { id: string }) => u.id === 'da-nang').valid_from = 'not a date';
		writeFileSync(file, JSON.stringify(units));
		utimesSync(file, new Date(), new Date(Date.now() + 10000));
		expect(() => readCheckedDataOnce(dir)).toThrow(DataError);
	});
});
