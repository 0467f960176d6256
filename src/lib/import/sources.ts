/**
 * Sources: the source-key table (section 2 of the dataset's SOURCES.md) gives each key its address
 * and research note; the reader-facing citation (kind, publisher, title as published, date) is
 * written by the editors in `data/sources.json` and kept when the table is re-read.
 */
import { sourceSchema, type Source } from '../data/schema.ts';

const GITHUB =
	/^GitHub repository (\S+) \(snapshot; commit ([0-9a-f]{40})[^)]*\), (?:file|notebook) ([^\s,]+)/;

/** A row of the source-key table: key, address and the research note ("what it provides"). */
export interface SourceTableRow {
	id: string;
	url: string;
	note: string;
}

/** Parses the markdown table rows `| KEY | address | provides |` of section 2. */
export function parseSourceTable(markdown: string): SourceTableRow[] {
	const out: SourceTableRow[] = [];
	const start = markdown.search(/^## 2\./m);
	const end = markdown.search(/^## 3\./m);
	const section = markdown.slice(start < 0 ? 0 : start, end < 0 ? undefined : end);
	for (const line of section.split('\n')) {
		const m = /^\|\s*([A-Z][A-Z0-9_]*)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
		if (!m || m[1] === 'key') continue;
		const [, key, address, provides] = m;
		let url: string | undefined;
		if (/^https?:\/\//.test(address)) url = address.split(/\s/)[0];
		else {
			const g = GITHUB.exec(address);
			if (g) url = `https://github.com/${g[1]}/blob/${g[2]}/${g[3]}`;
		}
		if (!url) throw new Error(`SOURCES.md: cannot read an address for source key ${key}`);
		out.push({ id: key, url, note: provides.replace(/\*\*/g, '') });
	}
	return out;
}

/**
 * The sources file after re-reading the key table: every key of the table, with its address and
 * note from the table and its citation from `current` (the committed `data/sources.json`), then
 * the sources cited only by address (edition files), which have no row in the table. A key of the
 * table without a citation is an error naming the key and the fields to add.
 */
export function mergeSources(table: SourceTableRow[], current: readonly Source[]): Source[] {
	const byId = new Map(current.map((s) => [s.id, s]));
	const inTable = new Set(table.map((r) => r.id));
	const missing = table.filter((r) => !byId.has(r.id)).map((r) => r.id);
	if (missing.length) {
		const keys = missing.length > 1 ? `source keys ${missing.join(', ')}` : `source key ${missing[0]}`;
		throw new Error(
			`data/sources.json: ${keys} of SOURCES.md §2 ${missing.length > 1 ? 'have' : 'has'} no citation: add an entry ` +
				'with "kind", "publisher", "title" (and "date" where the source states it)',
		);
	}
	const merged = table.map((r) => {
		const c = byId.get(r.id)!;
		return sourceSchema.parse({ ...c, url: r.url, note: r.note });
	});
	return [...merged, ...current.filter((s) => !inTable.has(s.id))];
}
