/**
 * Page weight by page type (used by scripts/bench.ts, and runnable on its own over a built site):
 * the heaviest page of each type a reader meets, gzip HTML+CSS+JS as a first visit downloads it
 * (fonts and images aside, `pageWeight` in scripts/bench.ts), with the pages over the budget
 * flagged.
 *
 *   node scripts/bench-weight.ts [dist] [base]     e.g. node scripts/bench-weight.ts dist /
 */
import { listFiles } from './check-site.ts';
import { pageWeight, type PageWeight } from './bench.ts';

/** What every page may weigh, gzip HTML+CSS+JS (issue 10, item 12). */
export const PAGE_GZIP_BUDGET = 40 * 1024;

/** The page types a reader meets, from a page's path in the site folder (English twins under en/). */
const TYPES: [string, RegExp][] = [
	['home', /^index\.html$/],
	['edition overview', /^\d{4}\/index\.html$/],
	['ranking: provinces (34)', /^\d{4}\/tinh\/index\.html$/],
	['ranking: provinces (63)', /^\d{4}\/tinh-63\/index\.html$/],
	['ranking: ministries', /^\d{4}\/bo\/index\.html$/],
	['ranking: other table', /^\d{4}\/(tinh|bo)-[a-z0-9-]+\/index\.html$/],
	['unit page', /^\d{4}\/(tinh|bo)[a-z0-9-]*\/[^/]+\/index\.html$/],
	['profile', /^(tinh|bo)\/[^/]+\/index\.html$/],
	['unit list', /^(tinh|bo)\/index\.html$/],
	['article', /^bai-viet\/[^/]+\/index\.html$/],
	['article list', /^bai-viet\/index\.html$/],
	['methodology', /^phuong-phap\/index\.html$/],
	['sources', /^nguon\/index\.html$/],
	['data page', /^du-lieu\/index\.html$/],
	['compare', /^so-sanh\/index\.html$/],
	['search', /^tim-kiem\/index\.html$/],
	['map embed', /^nhung\/\d{4}\/(tinh|bo)[a-z0-9-]*\/ban-do\/index\.html$/],
	['other embed', /^nhung\//],
	['404', /^404(\.html|\/index\.html)$/],
];

/** Type of a built page, the locale prefix (en/) aside; undefined for a file that is no reader page. */
export function pageType(file: string): string | undefined {
	const en = file.startsWith('en/');
	const f = en ? file.slice(3) : file;
	const t = TYPES.find(([, re]) => re.test(f))?.[0];
	return t && en ? `${t} (en)` : (t ?? (f.endsWith('.html') ? 'other' : undefined));
}

export interface TypeWeight {
	type: string;
	pages: number;
	heaviest: PageWeight;
	gzip: number;
}

const sum = (w: PageWeight) => w.html.gzip + w.css.gzip + w.js.gzip;

/** The heaviest page of each type, in the order of TYPES. */
export function weightsByType(siteDir: string, base: string): TypeWeight[] {
	const out = new Map<string, TypeWeight>();
	for (const file of listFiles(siteDir)) {
		const type = pageType(file);
		if (!type) continue;
		const w = pageWeight(siteDir, file, base);
		const prev = out.get(type);
		if (!prev) out.set(type, { type, pages: 1, heaviest: w, gzip: sum(w) });
		else {
			prev.pages++;
			if (sum(w) > prev.gzip) Object.assign(prev, { heaviest: w, gzip: sum(w) });
		}
	}
	const order = (t: string) => {
		const i = TYPES.findIndex(([name]) => t.replace(/ \(en\)$/, '') === name);
		return (i < 0 ? TYPES.length : i) * 2 + (t.endsWith('(en)') ? 1 : 0);
	};
	return [...out.values()].sort((a, b) => order(a.type) - order(b.type));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

/** The table the bench prints: one line per page type, heaviest page, gzip KB, and a flag over budget. */
export function weightTable(rows: TypeWeight[], budget = PAGE_GZIP_BUDGET): string[] {
	const w = Math.max(...rows.map((r) => r.type.length), 9);
	const lines = [
		`${'page type'.padEnd(w)}  pages  HTML gz  CSS gz  JS gz  total gz  heaviest page`,
		...rows.map(
			(r) =>
				`${r.type.padEnd(w)}  ${String(r.pages).padStart(5)}  ${kb(r.heaviest.html.gzip).padStart(7)}  ${kb(r.heaviest.css.gzip).padStart(6)}  ${kb(r.heaviest.js.gzip).padStart(5)}  ${kb(r.gzip).padStart(8)}  /${r.heaviest.file.replace(/index\.html$/, '')}${r.gzip > budget ? `  OVER ${kb(budget)} KB` : ''}`,
		),
	];
	return lines;
}

/** The bench's section: the table under `label`, and the page types over the budget. */
export function weightSection(
	label: string,
	siteDir: string,
	base: string,
): { lines: string[]; over: TypeWeight[] } {
	const rows = weightsByType(siteDir, base);
	return {
		lines: weightTable(rows).map((l) => `${label} weight: ${l}`),
		over: rows.filter((r) => r.gzip > PAGE_GZIP_BUDGET),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'dist';
	const base = process.argv[3] ?? '/';
	const rows = weightsByType(dir, base);
	for (const l of weightTable(rows)) console.log(l);
	const over = rows.filter((r) => r.gzip > PAGE_GZIP_BUDGET);
	console.log(
		over.length
			? `${over.length} page type(s) over ${kb(PAGE_GZIP_BUDGET)} KB gzip: ${over.map((r) => r.type).join(', ')}`
			: `every page type ≤ ${kb(PAGE_GZIP_BUDGET)} KB gzip`,
	);
}
