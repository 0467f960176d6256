/**
 * The one way from files to model: reads data/ (below a project root), checks each file against
 * its schema, then the dataset invariants, and builds the model. Content collections
 * (src/lib/data/collections.ts), astro.config.mjs, the CLI scripts and the tests all come
 * through here, so no path skips the checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { editionSchema, ministrySchema, provinceSchema, resultTableSchema, sourceSchema } from './schema.ts';
import { checkDataset, DataError, type DataIssue, type RawDataset } from './invariants.ts';
import { buildDataset, type Dataset } from './model.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Reads data/ (relative to `root`) into a raw dataset, collecting schema problems (no invariants). */
export function readDataDir(root: string): { raw: RawDataset; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const parse = <S extends z.ZodType>(
		schema: S,
		value: unknown,
		file: string,
		entry?: string,
	): z.output<S> | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		for (const i of r.error.issues)
			issues.push({ file, entry, field: i.path.join('.') || undefined, message: i.message });
		return undefined;
	};
	const list = <S extends z.ZodType>(schema: S, file: string): z.output<S>[] => {
		const items = readJson(resolve(root, file)) as { id?: string }[];
		return items.flatMap((item, n) => parse(schema, item, file, item.id ?? `#${n + 1}`) ?? []);
	};
	const raw: RawDataset = {
		provinces: list(provinceSchema, 'data/units/provinces.json'),
		ministries: list(ministrySchema, 'data/units/ministries.json'),
		sources: list(sourceSchema, 'data/sources.json'),
		editions: [],
		tables: [],
		unreadable: new Set(),
	};
	const editionsDir = resolve(root, 'data/editions');
	for (const year of existsSync(editionsDir) ? readdirSync(editionsDir).sort() : []) {
		for (const name of readdirSync(resolve(editionsDir, year)).filter((f) => f.endsWith('.json'))) {
			const file = `data/editions/${year}/${name}`;
			const value = readJson(resolve(root, file));
			if (name === 'edition.json') {
				const e = parse(editionSchema, value, file);
				if (e) raw.editions.push(e);
				else raw.unreadable!.add(file);
			} else {
				const before = issues.length;
				const t = parse(resultTableSchema, value, file);
				if (t) raw.tables.push({ ...t, file });
				else raw.unreadable!.add(file);
				// Name the row's unit instead of its index: rows.5.total → entry "da-nang", field "total".
				const rows = (value as { rows?: { unit?: string }[] }).rows;
				for (const i of issues.slice(before)) {
					const m = /^rows\.(\d+)\.?(.*)$/.exec(i.field ?? '');
					if (m && rows?.[Number(m[1])]) {
						i.entry = rows[Number(m[1])].unit ?? `row ${Number(m[1]) + 1}`;
						i.field = m[2] || undefined;
					}
				}
			}
		}
	}
	return { raw, issues };
}

/** Schema problems and invariant problems of the data folder below `root` (empty when sound). */
export function checkDataDir(root: string): DataIssue[] {
	const { raw, issues } = readDataDir(root);
	return [...issues, ...checkDataset(raw)];
}

/**
 * The raw data below `root` once it passed every check; throws a `DataError` listing every
 * problem (file, entry, field) otherwise.
 */
export function readCheckedData(root: string): RawDataset {
	const { raw, issues } = readDataDir(root);
	const all = [...issues, ...checkDataset(raw)];
	if (all.length) throw new DataError(all);
	return raw;
}

/** The dataset model of the data below `root`, after every check (throws `DataError`). */
export function loadDataset(root: string): Dataset {
	return buildDataset(readCheckedData(root));
}
