/**
 * The committed data is exactly what the importer makes of the gathered record in data/raw/:
 * re-importing every CSV gives the committed tables, so no number was edited by hand on the way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSchema, type Ministry, type Province, type Source } from '../../../src/lib/data/schema.ts';
import { buildMinistries, buildProvinces } from '../../../src/lib/import/registry.ts';
import { importResultsCsv } from '../../../src/lib/import/results.ts';
import { mergeSources, parseSourceTable } from '../../../src/lib/import/sources.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const json = <T>(p: string): T => JSON.parse(read(p)) as T;
const FILES: Record<string, string> = {
	'provinces.csv': 'provinces',
	'provinces_63_pre_merger.csv': 'provinces-63',
	'ministries.csv': 'ministries',
};

describe('data/ against data/raw/', () => {
	it('the registry and sources rebuild to the committed files', () => {
		const reg = 'data/raw/registry';
		expect(
			buildProvinces(
				read(`${reg}/provinces-63.csv`),
				read(`${reg}/provinces-34.csv`),
				read(`${reg}/provinces-2025-merger.csv`),
			),
		).toEqual(json<Province[]>('data/units/provinces.json'));
		expect(buildMinistries(read(`${reg}/ministries.csv`), read('data/ministries-reader.json'))).toEqual(
			json<Ministry[]>('data/units/ministries.json'),
		);
		const sources = json<Source[]>('data/sources.json');
		expect(mergeSources(parseSourceTable(read('data/raw/dti/SOURCES.md')), sources)).toEqual(sources);
	});

	const years = readdirSync(join(ROOT, 'data/raw/dti')).filter((d) => /^\d{4}$/.test(d));
	it.each(years)('DTI %s results re-import to the committed tables', (year) => {
		const edition = editionSchema.parse(json(`data/editions/${year}/edition.json`));
		const units = {
			provinces: json<Province[]>('data/units/provinces.json'),
			ministries: json<Ministry[]>('data/units/ministries.json'),
		};
		const sourceKeys = new Set(json<Source[]>('data/sources.json').map((s) => s.id));
		for (const file of readdirSync(join(ROOT, 'data/raw/dti', year)).filter((f) => f in FILES)) {
			const table = edition.tables.find((t) => t.id === FILES[file])!;
			const { table: imported, issues } = importResultsCsv(read(`data/raw/dti/${year}/${file}`), {
				file,
				edition: edition.year,
				table: table.id,
				level: table.level,
				units: units[table.level],
				asOf: table.as_of,
				pillarKeys: edition.framework.pillars.map((p) => p.key),
				indexKeys: edition.framework.indices.map((i) => i.key),
				scale: edition.scale,
				sourceKeys,
				allowEmpty: table.results_published === false,
			});
			expect(issues).toEqual([]);
			expect(imported).toEqual(json(`data/editions/${year}/${table.id}.json`));
		}
	});
});
