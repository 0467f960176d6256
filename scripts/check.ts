/**
 * Checks everything in data/ without building the site: each file against its schema, then the
 * dataset invariants. Prints every problem with file, entry and field; exits 1 if any.
 *
 *   npm run check:data
 */
import { existsSync, readdirSync } from 'node:fs';
import type { z } from 'astro/zod';
import {
	editionSchema,
	ministrySchema,
	provinceSchema,
	resultTableSchema,
	sourceSchema,
} from '../src/lib/data/schema.ts';
import {
	checkDataset,
	formatDataIssue,
	type DataIssue,
	type RawDataset,
} from '../src/lib/data/invariants.ts';
import { readJson, ROOT } from './lib.ts';
import { resolve } from 'node:path';

/** Reads data/ (relative to `root`) into a raw dataset, collecting schema problems. */
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
		const items = readJson<{ id?: string }[]>(resolve(root, file));
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

/** Schema problems and invariant problems of the data folder. */
export function checkDataDir(root: string = ROOT): DataIssue[] {
	const { raw, issues } = readDataDir(root);
	return [...issues, ...checkDataset(raw)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const issues = checkDataDir(process.argv[2] ? resolve(process.argv[2]) : ROOT);
	if (issues.length) {
		console.error(`Data check failed: ${issues.length} problem(s).`);
		for (const i of issues) console.error(`  - ${formatDataIssue(i)}`);
		process.exit(1);
	}
	console.log('Data check passed.');
}
