/**
 * What an import would do, decided before anything is written: the imported table is checked
 * with the rest of the dataset by the same invariants `check:data` runs (src/lib/data/
 * invariants.ts: size, duplicates, rank/total order, scale, units valid on the table's date,
 * sources), each problem placed back on its file line or sheet row; and it is compared with the
 * table already committed, so that a table that shrinks, loses a column that had values, or
 * changes existing values is only written with `--replace`.
 */
import { checkDataset, type RawDataset } from '../data/invariants.ts';
import type { ResultRow, ResultTable } from '../data/schema.ts';
import type { ImportIssue, ResultsImport } from './results.ts';

export interface Change {
	unit: string;
	name: string;
	field: string;
	from?: string;
	to?: string;
}

export interface ImportPlan {
	/** Problems that stop the import whatever the flags. */
	issues: ImportIssue[];
	added: string[];
	removed: string[];
	changes: Change[];
	/** Columns that had values in the committed table and have none in the file. */
	lost: { field: string; values: number }[];
	/** True when the committed table has rows and the file changes or drops any of them. */
	needsReplace: boolean;
	/** True when the file gives exactly the committed table. */
	unchanged: boolean;
}

/** Every value of a row, by field path ("total", "pillars.kinh_te_so.rank", "sources"). */
export function flattenRow(r: ResultRow): Map<string, string> {
	const m = new Map<string, string>();
	const put = (k: string, v: unknown) => {
		if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
			m.set(k, Array.isArray(v) ? v.join(';') : String(v));
	};
	put('published_name', r.published_name);
	put('rank', r.rank);
	put('total', r.total);
	put('rank_basis', r.rank_basis);
	put('group', r.group);
	for (const part of ['pillars', 'indices'] as const)
		for (const [k, v] of Object.entries(r[part])) {
			put(`${part}.${k}.score`, v.score);
			put(`${part}.${k}.rank`, v.rank);
		}
	put('sources', r.sources);
	for (const [k, v] of Object.entries(r.precision ?? {})) put(`precision.${k}`, v);
	put('note', r.note);
	return m;
}

const VALUE_FIELD = /^(rank|total|(pillars|indices)\.[a-z_]+\.(score|rank))$/;

export function planImport(
	raw: RawDataset,
	target: { path: string; edition: number; table: string },
	imported: ResultsImport,
	where: { file: string; sheet?: string },
): ImportPlan {
	const table = imported.table;
	const old: ResultTable | undefined = raw.tables.find(
		(t) => t.edition === target.edition && t.table === target.table,
	);
	const others = raw.tables.filter((t) => t !== old);
	const issues: ImportIssue[] = [];
	const editionFile = `data/editions/${target.edition}/edition.json`;
	const nameOf = new Map(table.rows.map((r) => [r.unit, r.published_name]));
	const placeWord = where.sheet !== undefined ? 'row' : 'line';
	for (const i of checkDataset({ ...raw, tables: [...others, { ...table, file: target.path }] })) {
		const mine = i.file === target.path || (i.file === editionFile && i.entry === target.table);
		if (!mine) continue;
		const lines = i.entry ? imported.lines.get(i.entry) : undefined;
		let message = i.message;
		let line = lines?.[0];
		if (lines && lines.length > 1 && /appears twice/.test(message)) {
			line = lines[1];
			message = `${message} (also ${placeWord} ${lines[0]})`;
		}
		issues.push({
			...where,
			line,
			entry: i.entry && i.file === target.path ? (nameOf.get(i.entry) ?? i.entry) : undefined,
			field: i.field,
			message,
		});
	}

	const before = new Map((old?.rows ?? []).map((r) => [r.unit, r]));
	const after = new Map(table.rows.map((r) => [r.unit, r]));
	const added = [...after.keys()].filter((u) => !before.has(u));
	const removed = [...before.keys()].filter((u) => !after.has(u));
	const changes: Change[] = [];
	for (const [unit, b] of before) {
		const a = after.get(unit);
		if (!a) continue;
		const fb = flattenRow(b);
		const fa = flattenRow(a);
		for (const field of new Set([...fb.keys(), ...fa.keys()])) {
			if (fb.get(field) !== fa.get(field))
				changes.push({ unit, name: a.published_name, field, from: fb.get(field), to: fa.get(field) });
		}
	}
	const lost: ImportPlan['lost'] = [];
	if (old) {
		const count = (rows: ResultRow[]) => {
			const c = new Map<string, number>();
			for (const r of rows)
				for (const k of flattenRow(r).keys()) if (VALUE_FIELD.test(k)) c.set(k, (c.get(k) ?? 0) + 1);
			return c;
		};
		const cb = count(old.rows);
		const ca = count(table.rows);
		for (const [field, n] of cb) if (!ca.has(field)) lost.push({ field, values: n });
	}
	const needsReplace =
		(old?.rows.length ?? 0) > 0 && (removed.length > 0 || changes.length > 0 || lost.length > 0);
	const unchanged =
		!!old &&
		!added.length &&
		!removed.length &&
		!changes.length &&
		old.rows.map((r) => r.unit).join() === table.rows.map((r) => r.unit).join();
	return { issues, added, removed, changes, lost, needsReplace, unchanged };
}

/** The plan as plain lines: a summary, lost columns, then the first `limit` changes. */
export function describePlan(p: ImportPlan, rowsBefore: number, rowsAfter: number, limit = 20): string[] {
	const out = [
		`rows: ${rowsBefore} → ${rowsAfter} (${p.added.length} added, ${p.removed.length} removed); ${p.changes.length} value(s) changed`,
	];
	if (p.removed.length) out.push(`removed: ${capList(p.removed, 10)}`);
	if (p.added.length) out.push(`added: ${capList(p.added, 10)}`);
	for (const l of p.lost) out.push(`column "${l.field}" had ${l.values} value(s) and would have none`);
	const shown = p.changes
		.slice(0, limit)
		.map((c) => `${c.name} (${c.unit}) ${c.field}: ${c.from ?? '(empty)'} → ${c.to ?? '(empty)'}`);
	out.push(...shown);
	if (p.changes.length > limit) out.push(`… and ${p.changes.length - limit} more change(s)`);
	return out;
}

/** "a, b, c … and 12 more". */
export function capList(items: string[], limit: number): string {
	return items.length > limit
		? `${items.slice(0, limit).join(', ')} … and ${items.length - limit} more`
		: items.join(', ');
}
