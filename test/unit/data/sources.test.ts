/**
 * Sources as readers see them: every record of data/sources.json carries a citation (kind,
 * publisher, title, date only where stated), the re-import keeps the editors' citations and
 * refuses a key without one, lists put official sources first, and every row note the data
 * holds has its reader text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../../src/lib/data/schema.ts';
import { mergeSources, parseSourceTable } from '../../../src/lib/import/sources.ts';
import { orderSources, resolveSources } from '../../../src/lib/sources.ts';
import { notesWithoutReaderText, readerNote } from '../../../src/lib/row-notes.ts';
import { formatPartialDate } from '../../../src/lib/format.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const sources = JSON.parse(read('data/sources.json')) as Source[];
const RESEARCH_WORDS = /pandas|DataFrame|scraped|read_html|§|stored (?:copy|excerpt)|normalised/i;

const src = (id: string, kind: Source['kind'], url = `https://example.org/${id}`): Source => ({
	id,
	kind,
	publisher: 'Báo Ví dụ',
	title: id,
	url,
});

describe('data/sources.json', () => {
	it('gives every source a valid citation', () => {
		for (const s of sources) expect(() => sourceSchema.parse(s), s.id).not.toThrow();
		expect(sources.length).toBeGreaterThan(80);
	});
	it('keeps research notes out of the reader fields', () => {
		for (const s of sources) {
			for (const field of [s.publisher, s.title, s.remark ?? '']) expect(field, s.id).not.toMatch(RESEARCH_WORDS);
			// Internal keys never stand in for a title or publisher.
			expect(s.title, s.id).not.toContain(s.id);
		}
	});
	it('cites the official tables of dti.gov.vn as official, GitHub copies as secondary', () => {
		for (const s of sources) {
			if (new URL(s.url).hostname === 'dti.gov.vn') expect(s.kind, s.id).toBe('official');
			if (new URL(s.url).hostname === 'github.com') expect(s.kind, s.id).toBe('secondary');
		}
	});
	it('has a record for every address an edition file cites', () => {
		const urls = new Set(sources.map((s) => s.url));
		for (const year of readdirSync(join(ROOT, 'data/editions'))) {
			const text = read(`data/editions/${year}/edition.json`);
			for (const [, u] of text.matchAll(/"(https?:\/\/[^"]+)"/g)) expect(urls.has(u), `${year}: ${u}`).toBe(true);
		}
	});
	it('reads notebook addresses without the trailing comma of the table', () => {
		const nb = sources.find((s) => s.id === 'GHNB23');
		expect(nb?.url).toMatch(/\.ipynb$/);
	});
});

describe('mergeSources', () => {
	const table = [
		{ id: 'K1', url: 'https://example.org/new', note: 'scraped note' },
		{ id: 'K2', url: 'https://example.org/k2', note: 'n2' },
	];
	it('takes address and note from the table and the citation from the committed file', () => {
		const merged = mergeSources(table, [
			{ ...src('K1', 'press', 'https://example.org/old'), date: '2022-08' },
			src('K2', 'official'),
			src('E1', 'press'),
		]);
		expect(merged.map((s) => s.id)).toEqual(['K1', 'K2', 'E1']);
		expect(merged[0]).toMatchObject({ url: 'https://example.org/new', note: 'scraped note', date: '2022-08' });
		expect(merged[1].url).toBe('https://example.org/k2');
	});
	it('names the keys that have no citation', () => {
		expect(() => mergeSources(table, [src('K1', 'press')])).toThrow(/source key K2 of SOURCES\.md §2 has no citation/);
	});
	it('parses the table of the record', () => {
		const rows = parseSourceTable(read('data/raw/dti/SOURCES.md'));
		expect(rows.length).toBe(sources.filter((s) => s.note).length);
	});
});

describe('listing sources', () => {
	const map = new Map([src('A', 'press'), src('B', 'official'), src('C', 'secondary'), src('D', 'official')].map((s) => [s.id, s]));
	it('puts official sources first, then government, press and copies, stable within a kind', () => {
		expect(orderSources([...map.values()]).map((s) => s.id)).toEqual(['B', 'D', 'A', 'C']);
	});
	it('resolves keys and addresses once each, and keeps unknown addresses apart', () => {
		const { known, unknown } = resolveSources(
			['A', 'A', 'X'],
			['https://example.org/B', 'https://example.org/A', 'https://other.org/x'],
			map,
		);
		expect(known.map((s) => s.id)).toEqual(['A', 'B']);
		expect(unknown).toEqual(['https://other.org/x']);
	});
	it('formats dates to the precision the source states', () => {
		expect(formatPartialDate('2021-10-25', 'vi')).toBe('25/10/2021');
		expect(formatPartialDate('2022-08', 'vi')).toBe('tháng 8/2022');
		expect(formatPartialDate('2022', 'vi')).toBe('2022');
		expect(formatPartialDate('2022-08', 'en')).toBe('August 2022');
	});
});

describe('row notes', () => {
	const notes: string[] = [];
	for (const year of readdirSync(join(ROOT, 'data/editions')))
		for (const f of readdirSync(join(ROOT, 'data/editions', year)).filter((f) => f !== 'edition.json')) {
			const t = JSON.parse(read(`data/editions/${year}/${f}`)) as { rows: { note?: string }[] };
			for (const r of t.rows) if (r.note) notes.push(r.note);
		}
	it('has reader text (or an explicit null) for every note of the data', () => {
		expect(notes.length).toBeGreaterThan(0);
		expect(notesWithoutReaderText(notes)).toEqual([]);
	});
	it('shows Vietnamese text without research words, and hides notes about how the record was made', () => {
		for (const n of new Set(notes)) {
			const vi = readerNote(n);
			if (vi !== undefined) expect(vi).not.toMatch(RESEARCH_WORDS);
		}
		expect(readerNote('name as normalised in the scraped map file')).toBeUndefined();
	});
	it('stops with the file to edit for a note it does not know', () => {
		expect(() => readerNote('a new note')).toThrow(/data\/row-notes\.json: no entry for the row note "a new note"/);
	});
});
