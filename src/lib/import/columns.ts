/**
 * Finds the header of a results sheet and maps its columns to the edition's keys. Headers are
 * read as the ministry prints them ("STT", "Xếp hạng", "Tỉnh, thành phố", "Chỉ số DTI", the
 * pillar and main-index names), with or without diacritics, in Vietnamese or English. Pillar and
 * index columns are recognised through the edition's own framework names (edition.json
 * `framework.pillars[].name` / `indices[].name`), so a new framework needs no code; the internal
 * keys (`total`, `chinh_quyen_so_rank`, …) stay accepted.
 *
 * Title rows above the header are skipped; a second header row of "Điểm" / "Xếp hạng" under
 * merged pillar cells is combined with the row above.
 */
import { stripDiacritics } from '../slug.ts';
import type { GridRow } from './table-file.ts';

export interface FrameworkNames {
	pillars: { key: string; name: { vi: string; en: string } }[];
	indices: { key: string; name: { vi: string; en: string } }[];
}

/** Lower-case, no diacritics, words separated by single spaces. */
export function headerKey(s: string): string {
	return stripDiacritics(s.normalize('NFC'))
		.toLowerCase()
		.replace(/_/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const SKIP = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'no', 'order']);
const NAME = new Set([
	'name',
	'ten',
	'ten don vi',
	'don vi',
	'tinh thanh pho',
	'tinh thanh',
	'tinh tp',
	'tinh',
	'ten tinh',
	'ten tinh thanh pho',
	'dia phuong',
	'bo nganh',
	'bo co quan ngang bo',
	'ten bo nganh',
	'ten bo co quan',
	'bo',
	'co quan',
	'province',
	'provinces',
	'ministry',
	'unit name',
]);
const TOTAL = new Set([
	'total',
	'chi so dti',
	'dti',
	'diem dti',
	'chi so chuyen doi so',
	'tong diem',
	'diem tong hop',
	'diem so',
	'diem',
	'score',
	'total score',
	'gia tri',
	'value',
]);
const RANK_WORDS = ['xep hang', 'thu hang', 'hang', 'rank', 'ranking'];
const SCORE_WORDS = ['diem so', 'diem', 'score', 'gia tri', 'value', 'chi so'];
const OTHER: Record<string, string> = {
	unit: 'unit',
	'ma don vi': 'unit',
	group: 'group',
	nhom: 'group',
	'nhom bo nganh': 'group',
	'rank basis': 'rank_basis',
	'co so xep hang': 'rank_basis',
	sources: 'sources',
	source: 'sources',
	nguon: 'sources',
	'nguon so lieu': 'sources',
	note: 'note',
	'ghi chu': 'note',
};

/** Removes a leading or trailing word from `words` (whole words only). */
function strip(s: string, words: string[]): { rest: string; hit: boolean } {
	for (const w of words) {
		if (s === w) return { rest: '', hit: true };
		if (s.startsWith(`${w} `)) return { rest: s.slice(w.length + 1), hit: true };
		if (s.endsWith(` ${w}`)) return { rest: s.slice(0, -w.length - 1), hit: true };
	}
	return { rest: s, hit: false };
}

/**
 * The key a header cell stands for: "name", "rank", "total", a framework key or `<key>_rank`,
 * "group", "sources", "note", "rank_basis", "unit"; "" for a column to ignore (STT); undefined
 * when it is not recognised.
 */
export function columnKey(header: string, fw: FrameworkNames): string | undefined {
	const h = headerKey(header);
	if (h === '') return undefined;
	if (SKIP.has(h)) return '';
	if (NAME.has(h)) return 'name';
	if (h in OTHER) return OTHER[h];
	if (TOTAL.has(h)) return 'total';
	if (RANK_WORDS.includes(h)) return 'rank';
	const items = [...fw.pillars, ...fw.indices];
	const matchItem = (s: string) =>
		items.find((i) => [i.key, i.name.vi, i.name.en].some((n) => headerKey(n) === s))?.key;
	const exact = matchItem(h);
	if (exact) return exact;
	// "Xếp hạng Chính quyền số", "Chính quyền số - Xếp hạng", "chinh_quyen_so_rank", "Chỉ số DTI Xếp hạng".
	const r = strip(h, RANK_WORDS);
	if (r.hit) {
		if (TOTAL.has(r.rest) || r.rest === '') return 'rank';
		const k = matchItem(r.rest) ?? matchItem(strip(r.rest, SCORE_WORDS).rest);
		if (k) return `${k}_rank`;
	}
	const s = strip(h, SCORE_WORDS);
	if (s.hit) {
		if (TOTAL.has(s.rest) || s.rest === '') return 'total';
		const k = matchItem(s.rest) ?? matchItem(strip(s.rest, SCORE_WORDS).rest);
		if (k) return k;
	}
	return undefined;
}

const SUBHEADER = new Set([...RANK_WORDS, ...SCORE_WORDS]);

export interface HeaderResult {
	/** Row index (in `rows`) where data starts. */
	dataStart: number;
	/** Line of the (first) header row. */
	headerLine: number;
	/** Header text per column, after combining two header rows. */
	labels: string[];
	/** Key per column ("" to ignore, undefined when unrecognised). */
	keys: (string | undefined)[];
	/** Title rows skipped above the header. */
	skipped: number;
}

/** How many rows are searched for the header. */
export const HEADER_SEARCH = 15;

/** Finds the header row (first row with a name column and another known column). */
export function findHeader(rows: GridRow[], fw: FrameworkNames): HeaderResult | undefined {
	const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	for (const row of nonEmpty.slice(0, HEADER_SEARCH)) {
		const keys = row.cells.map((c) => columnKey(c, fw));
		const known = keys.filter((k) => k !== undefined && k !== '').length;
		if (!keys.some((k) => k === 'name' || k === 'unit') || known < 2) continue;
		const at = rows.indexOf(row);
		let labels = row.cells.map((c) => c.trim());
		let dataStart = at + 1;
		// A second header row: only sub-header words, nothing in the name column.
		const next = rows[at + 1];
		const nameCol = keys.findIndex((k) => k === 'name' || k === 'unit');
		// (Cells merged down from the header row repeat its text there.)
		const under = (i: number) => {
			const c = (next?.cells[i] ?? '').trim();
			return c === labels[i] ? '' : c;
		};
		if (
			next &&
			under(nameCol) === '' &&
			next.cells.some((_, i) => under(i) !== '') &&
			next.cells.every((_, i) => under(i) === '' || SUBHEADER.has(headerKey(under(i))))
		) {
			let parent = '';
			labels = labels.map((l, i) => {
				const child = under(i);
				// A merged parent printed once (CSV) covers the empty cells to its right.
				if (l) parent = l;
				else if (!child) parent = '';
				const p = l || parent;
				return child ? `${p} ${child}`.trim() : p;
			});
			dataStart = at + 2;
		}
		return {
			dataStart,
			headerLine: row.line,
			labels,
			keys: labels.map((l) => columnKey(l, fw)),
			skipped: nonEmpty.indexOf(row),
		};
	}
	return undefined;
}

/** Every column name the importer understands for an edition, for messages. */
export function expectedColumns(fw: FrameworkNames): string {
	const items = [...fw.pillars, ...fw.indices].map((i) => `"${i.name.vi}"`);
	return [
		'"Xếp hạng"',
		'"Tỉnh, thành phố" or "Tên đơn vị"',
		'"Chỉ số DTI"',
		...items,
		'each with "Điểm" / "Xếp hạng"',
		'"Nhóm"',
		'"Nguồn"',
		'"Ghi chú"',
	].join(', ');
}
