/**
 * Performance figures and budgets (not part of the tests). Builds the real data and a synthetic
 * dataset, and prints one line per figure, then PASS/FAIL per budget; exits 1 if a budget fails.
 *
 *   npm run bench                         real + synthetic (~6,000 pages) + Lighthouse
 *   npm run bench -- --editions 20        synthetic size: editions × provinces × ministries
 *                                         (default: as many editions as make ~6,000 pages,
 *                                         measured with a 2-edition build first)
 *   npm run bench -- --no-synthetic --no-lighthouse
 *   npm run bench -- --search-pages 10000   size of the synthetic site search is measured on
 *   npm run bench -- --no-search
 *   npm run bench -- --only-ratio         only the real-vs-bare-Astro ratio (paired builds)
 *   npm run bench -- --only-ratio --floor also the floor: the same build with trivial pages
 *
 * The ratio: each real build is paired with a build of a bare Astro project (generated in a
 * temporary folder, node_modules linked to this one) of as many trivial pages as the real build
 * has index.html files, same `build.format` and `trailingSlash`; the median of the per-pair ratios
 * is reported, so load on the shared machine affects both builds of a pair alike. The budgeted
 * ratio takes the real build without the post-build steps that a bare Astro site has no
 * equivalent of (social cards, search index: their seconds come from the build log and are
 * reported on their own); the whole-build ratio is printed next to it. Both count the data and
 * narrative checks of scripts/build.ts, the Astro build and the swap into place.
 *
 * The synthetic site is built in a copy of the project in a temporary folder whose data/ holds
 * generated editions (scripts/bench-data.ts) and whose node_modules links to this one: the data
 * paths in src/content.config.ts are relative to the project root. Builds go through
 * scripts/build.ts, as a publisher's would. Peak memory is the sum of the RSS of the build's
 * process tree, sampled from /proc every 100 ms (and the largest single process from
 * `/usr/bin/time -v` where present). Lighthouse (mobile preset, the default) runs offline
 * against the real build served on 127.0.0.1 by scripts/serve.ts with Debian's Chromium.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticFiles } from './bench-data.ts';
import { buildExtras, cpuSeconds, describeExtras, firstResult, SEARCH_QUERIES } from './bench-search.ts';
import { PAGE_GZIP_BUDGET, weightSection } from './bench-weight.ts';
import { listFiles, parseTags } from './check-site.ts';
import { ROOT } from './lib.ts';
import { serveSite } from './serve.ts';

export const BUDGETS = {
	realBuildSeconds: 10,
	syntheticPages: 6000,
	syntheticBuildSeconds: 30,
	syntheticRssBytes: 1024 ** 3,
	rankingGzipBytes: 30 * 1024,
	rankingJsGzipBytes: 8 * 1024,
	lighthouseScore: 98,
	/** A real build with an empty card cache (every card rendered). */
	realColdBuildSeconds: 25,
	/** Real build time over a bare Astro build of as many trivial pages (median of paired runs). */
	realOverBareRatio: 2.5,
	/** Size of the synthetic site the search is measured on, and what the first result may cost. */
	searchPages: 10_000,
	searchFirstResultBytes: 150 * 1024,
};

// ── What the built pages weigh ────────────────────────────────────────────────────────────

export type PageKind =
	| 'home'
	| 'edition'
	| 'ranking'
	| 'unit-in-edition'
	| 'profile'
	| 'unit-list'
	| 'article'
	| 'article-list'
	| 'other';

/** Kind of a built page from its path in the site folder. */
export function pageKind(path: string): PageKind {
	// The same kinds in every locale: English pages are the same routes under en/.
	const file = path.replace(/^en\//, '');
	if (file === 'index.html') return 'home';
	if (/^\d{4}\/index\.html$/.test(file)) return 'edition';
	if (/^\d{4}\/(tinh|bo)(-[a-z0-9-]+)?\/index\.html$/.test(file)) return 'ranking';
	if (/^\d{4}\/(tinh|bo)\/[^/]+\/index\.html$/.test(file)) return 'unit-in-edition';
	if (/^(tinh|bo)\/[^/]+\/index\.html$/.test(file)) return 'profile';
	if (/^(tinh|bo)\/index\.html$/.test(file)) return 'unit-list';
	if (/^bai-viet\/[^/]+\/index\.html$/.test(file)) return 'article';
	if (file === 'bai-viet/index.html') return 'article-list';
	return 'other';
}

export interface Weight {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	file: string;
	html: Weight;
	css: Weight;
	js: Weight;
}

const weigh = (s: string | Buffer): Weight => ({ raw: Buffer.byteLength(s), gzip: gzipSync(s).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/**
 * Bytes a first visit to a page downloads, fonts and images aside: the HTML, its stylesheets
 * (linked and inline), its scripts (linked, inline, and the modules they import), each
 * compressed separately with gzip as a static host would. Inline styles and scripts are counted
 * once, as CSS and JS: `html` is the page without them (so html + css + js is the page's cost).
 */
export function pageWeight(siteDir: string, file: string, base: string): PageWeight {
	const html = readFileSync(join(siteDir, file), 'utf8');
	const local = (url: string) => {
		if (!url.startsWith(base)) return undefined;
		const p = join(siteDir, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
		return existsSync(p) ? p : undefined;
	};
	let css = ZERO;
	let js = ZERO;
	const seen = new Set<string>();
	const addScript = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const src = readFileSync(path, 'utf8');
		js = add(js, weigh(src));
		for (const m of src.matchAll(
			/(?:import|from)\s*["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g,
		)) {
			const dep = resolve(dirname(path), m[1] ?? m[2]);
			if (existsSync(dep)) addScript(dep);
		}
	};
	for (const t of parseTags(html)) {
		const rel = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
		if (t.name === 'link' && rel.includes('stylesheet') && t.attrs.href) {
			const p = local(t.attrs.href);
			if (p && !seen.has(p)) {
				seen.add(p);
				css = add(css, weigh(readFileSync(p)));
			}
		}
		if (t.name === 'link' && rel.includes('modulepreload') && t.attrs.href) {
			const p = local(t.attrs.href);
			if (p) addScript(p);
		}
		if (t.name === 'script' && t.attrs.src) {
			const p = local(t.attrs.src);
			if (p) addScript(p);
		}
	}
	// Inline styles and scripts count as CSS and JS, and only there: the HTML is weighed without them.
	let rest = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open, body, close) => {
		css = add(css, weigh(body));
		return open + close;
	});
	rest = rest.replace(/(<script\b([^>]*)>)([\s\S]*?)(<\/script>)/gi, (all, open, attrs, body, close) => {
		if (/\bsrc=/.test(attrs) || /application\/(ld\+)?json/.test(attrs) || !body.trim()) return all;
		js = add(js, weigh(body));
		return open + close;
	});
	return { file, html: weigh(rest), css, js };
}

/** Pages that belong to one edition (under <year>/ or an embed folder's <year>/) and the rest. */
export function pagesPerEdition(files: string[], editions: number): { perEdition: number; fixed: number } {
	const pages = files.filter((f) => f.endsWith('.html'));
	const yearly = pages.filter((f) => /(^|\/)\d{4}\//.test(f)).length;
	return { perEdition: Math.round(yearly / editions), fixed: pages.length - yearly };
}

const total = (w: PageWeight): Weight => add(add(w.html, w.css), w.js);

/** Heaviest page (by gzip HTML+CSS+JS) of each kind. */
export function heaviestByKind(siteDir: string, base: string): Map<PageKind, PageWeight> {
	const out = new Map<PageKind, PageWeight>();
	for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
		const kind = pageKind(file);
		const w = pageWeight(siteDir, file, base);
		const prev = out.get(kind);
		if (!prev || total(w).gzip > total(prev).gzip) out.set(kind, w);
	}
	return out;
}

// ── Running a build and measuring it ─────────────────────────────────────────────────────

export interface Run {
	status: number | null;
	seconds: number;
	/** Peak of the summed RSS of the process tree, sampled (bytes). */
	treeRss: number;
	/** Largest single process, from /usr/bin/time -v (bytes), when available. */
	maxRss?: number;
	log: string;
}

function descendants(pid: number): number[] {
	const children = new Map<number, number[]>();
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
		} catch {
			/* process ended */
		}
	}
	const out = [pid];
	for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
	return out;
}

function rssOf(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Runs a command, timing it and sampling its memory. */
export async function measured(
	cmd: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
): Promise<Run> {
	const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
	const started = performance.now();
	const child = time ? spawn(time, ['-v', cmd, ...args], { cwd, env }) : spawn(cmd, args, { cwd, env });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let treeRss = 0;
	const proc = existsSync('/proc/self/status');
	const timer = setInterval(() => {
		if (!proc || !child.pid) return;
		const sum = descendants(child.pid).reduce((s, p) => s + rssOf(p), 0);
		treeRss = Math.max(treeRss, sum);
	}, 100);
	const status: number | null = await new Promise((ok) => child.on('close', (code) => ok(code)));
	clearInterval(timer);
	const seconds = (performance.now() - started) / 1000;
	const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
	return { status, seconds, treeRss, maxRss: m ? Number(m[1]) * 1024 : undefined, log };
}

/** The project's code and configuration: what every copy of the project the bench builds needs. */
const PROJECT_CODE = [
	'src',
	'public',
	'scripts',
	'astro.config.mjs',
	'package.json',
	'package-lock.json',
	'tsconfig.json',
];

/** Copies `parts` of the project (those that exist) into `dir` and links node_modules to this one. */
function copyProject(dir: string, parts: readonly string[]): void {
	for (const p of parts)
		if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Copies what a build needs into `dir`, links node_modules, and writes the synthetic data. */
function prepareSyntheticProject(
	dir: string,
	opts: { editions: number; provinces: number; ministries: number },
): void {
	copyProject(dir, PROJECT_CODE);
	// Everything in data/ but the published editions, which the synthetic ones replace.
	for (const p of readdirSync(join(ROOT, 'data')).filter((p) => p !== 'editions'))
		cpSync(join(ROOT, 'data', p), join(dir, 'data', p), { recursive: true });
	// The site's own pages (methodology, sources); editions and articles are synthetic.
	cpSync(join(ROOT, 'content/pages'), join(dir, 'content/pages'), { recursive: true });
	mkdirSync(join(dir, 'content/editions'), { recursive: true });
	mkdirSync(join(dir, 'content/articles'), { recursive: true });
	const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
	const files = syntheticFiles(
		{ ...opts, articles: opts.editions },
		{ provinces: read('data/units/provinces.json'), ministries: read('data/units/ministries.json') },
		read('data/editions/2022/edition.json'),
	);
	for (const [path, text] of files) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/**
 * Files of a bare Astro project of `pages` trivial pages (/1/ … /N/), with the real site's URL
 * settings: the baseline the real build's time is compared with.
 */
export function bareProjectFiles(pages: number): Map<string, string> {
	return new Map([
		['package.json', `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module' })}\n`],
		[
			'astro.config.mjs',
			[
				"import { defineConfig } from 'astro/config';",
				'export default defineConfig({',
				"\ttrailingSlash: 'always',",
				"\tbuild: { format: 'directory' },",
				"\tcacheDir: './.astro-cache',",
				'\tdevToolbar: { enabled: false },',
				'});',
				'',
			].join('\n'),
		],
		[
			'src/pages/[n].astro',
			[
				'---',
				'export function getStaticPaths() {',
				`\treturn Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));`,
				'}',
				'const { n } = Astro.params;',
				'---',
				'<html lang="vi">',
				'\t<head><meta charset="utf-8" /><title>Trang {n}</title></head>',
				'\t<body><h1>Trang {n}</h1><p>Một trang đơn giản.</p></body>',
				'</html>',
				'',
			].join('\n'),
		],
	]);
}

/**
 * Seconds of a real build (scripts/build.ts) without its post-build steps, the social cards and
 * the search index (their own figures, from the lines scripts/finish-site.ts prints): the data
 * and narrative checks, `astro build` and the swap into place, which is what a bare Astro
 * build is compared with.
 */
export function astroPartSeconds(run: { seconds: number; log: string }): number {
	const x = buildExtras(run.log);
	return run.seconds - (x.cards?.seconds ?? 0) - (x.index?.seconds ?? 0);
}

/** The middle value of a list of figures (the median of an odd number of runs). */
const middle = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median over pairs of runs of real[i] / bare[i]. */
export function pairedRatio(real: number[], bare: number[]): number {
	if (!real.length || real.length !== bare.length)
		throw new Error(`pairedRatio: ${real.length} real and ${bare.length} bare runs do not pair up`);
	return median(real.map((r, i) => ({ ratio: r / bare[i] }))).ratio;
}

/**
 * The page of a route with its body made trivial, for the floor figure (`--floor`): the
 * frontmatter up to the end of `getStaticPaths` (so the route makes the same pages from the same
 * collections, with the same page-cache keys), then a bare page like the bare project's. A page
 * without `getStaticPaths` (404) keeps its frontmatter. Throws, naming the file, where the end of
 * `getStaticPaths` is not where the site's routes put it (`… satisfies GetStaticPaths;`).
 */
export function floorPage(source: string, file: string): string {
	const close = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
	if (close < 0) throw new Error(`${file}: no frontmatter`);
	let front = source.slice(0, close);
	if (/\bgetStaticPaths\b/.test(front)) {
		const end = front.indexOf('satisfies GetStaticPaths;');
		if (end < 0) throw new Error(`${file}: getStaticPaths does not end with "satisfies GetStaticPaths;"`);
		front = front.slice(0, end + 'satisfies GetStaticPaths;'.length);
	}
	return `${front}\n---\n<html lang="vi">\n\t<head><meta charset="utf-8" /><title>{Astro.url.pathname}</title></head>\n\t<body><h1>{Astro.url.pathname}</h1><p>Một trang đơn giản.</p></body>\n</html>\n`;
}

/** Copies the project into `dir` (code, data, narrative) with every page's body made trivial (`floorPage`). */
function writeFloorProject(dir: string): void {
	copyProject(dir, [...PROJECT_CODE, 'data', 'content']);
	for (const file of listFiles(join(dir, 'src/pages')).filter((f) => f.endsWith('.astro'))) {
		const path = join(dir, 'src/pages', file);
		writeFileSync(path, floorPage(readFileSync(path, 'utf8'), `src/pages/${file}`));
	}
}

/** Builds per timed figure (the median is reported). */
const REAL_RUNS = 3;
/**
 * Pairs of builds behind the ratio to bare Astro: on this shared machine one pair's ratio moves by
 * ±25% (2.61× to 4.12× in one run, the bare build taking 4.1 to 7.3 s), so the budget's median takes five.
 */
const RATIO_PAIRS = 5;

// ── Lighthouse ────────────────────────────────────────────────────────────────────────────

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LIGHTHOUSE_RUNS = 3;

/** Median per category of several Lighthouse runs. */
export function median(runs: Record<string, number>[]): Record<string, number> {
	const keys = Object.keys(runs[0] ?? {});
	return Object.fromEntries(
		keys.map((k) => {
			const v = runs.map((r) => r[k]).sort((a, b) => a - b);
			const m = v.length >> 1;
			return [k, v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2];
		}),
	);
}

/**
 * Lighthouse category scores (0–100) of a URL, mobile preset, with the local Chromium. Runs
 * asynchronously: the static server answering Lighthouse lives in this process.
 */
async function lighthouse(url: string): Promise<Record<string, number> | string> {
	const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
	const child = spawn(
		process.execPath,
		[
			cli,
			url,
			'--quiet',
			'--output=json',
			'--output-path=stdout',
			`--only-categories=${CATEGORIES.join(',')}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
		],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM } },
	);
	let out = '';
	let err = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (err += d));
	const timer = setTimeout(() => child.kill('SIGINT'), 180_000);
	const status: number | null = await new Promise((ok) => child.on('close', (code) => ok(code)));
	clearTimeout(timer);
	if (status !== 0)
		return `lighthouse exited with ${status}: ${err.trim().split('\n').slice(-3).join(' / ')}`;
	const report = JSON.parse(out) as { categories: Record<string, { score: number | null }> };
	return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
}

// ── Output ────────────────────────────────────────────────────────────────────────────────

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MB`;
const fmtW = (w: Weight) => `${kb(w.raw)} raw / ${kb(w.gzip)} gzip`;
const results: { name: string; ok: boolean; detail: string }[] = [];
const budget = (name: string, ok: boolean, detail: string) => results.push({ name, ok, detail });
const line = (s: string) => console.log(s);

function countPages(dir: string): number {
	return listFiles(dir).filter((f) => f.endsWith('.html')).length;
}

/** Pages of a built site: its index.html files. */
function countIndexPages(dir: string): number {
	return listFiles(dir).filter((f) => f === 'index.html' || f.endsWith('/index.html')).length;
}

/** Resolves once the previous site a build of `out` replaced (`.<name>.old-<pid>`) is deleted. */
async function previousSiteGone(out: string): Promise<void> {
	const stem = `.${basename(out)}.old-`;
	for (let i = 0; i < 300 && readdirSync(dirname(out)).some((f) => f.startsWith(stem)); i++)
		await new Promise((ok) => setTimeout(ok, 100));
}

/** Writes the bare Astro project into `dir` (node_modules linked to this one); returns its page count. */
function writeBareProject(dir: string, pages: number): number {
	for (const [path, text] of bareProjectFiles(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return pages;
}

function report(label: string, run: Run, pages: number): void {
	line(`${label}: pages ${pages}`);
	line(`${label}: wall time ${run.seconds.toFixed(1)} s`);
	line(`${label}: pages/second ${(pages / run.seconds).toFixed(0)}`);
	line(
		`${label}: peak RSS ${mb(run.treeRss)} (process tree, sampled)${run.maxRss ? `; largest process ${mb(run.maxRss)} (time -v)` : ''}`,
	);
}

function reportWeights(label: string, dir: string, base: string): Map<PageKind, PageWeight> {
	const heaviest = heaviestByKind(dir, base);
	for (const [kind, w] of [...heaviest].sort(([a], [b]) => a.localeCompare(b)))
		line(
			`${label}: heaviest ${kind} /${w.file.replace(/index\.html$/, '')}: HTML ${fmtW(w.html)}; CSS ${fmtW(w.css)}; JS ${fmtW(w.js)}; total ${kb(total(w).gzip)} gzip`,
		);
	return heaviest;
}

/** Every page type's heaviest page, as a table, and the budget every page is held to. */
function pageTypeBudget(label: string, dir: string, base: string): void {
	const { lines, over } = weightSection(label, dir, base);
	for (const l of lines) line(l);
	budget(
		`${label} every page ≤ ${kb(PAGE_GZIP_BUDGET)} gzip HTML+CSS+JS`,
		over.length === 0,
		over.length ? `over: ${over.map((r) => `${r.type} ${kb(r.gzip)}`).join(', ')}` : 'all page types within',
	);
}

/** The cold build's CPU time beside its wall time: on a shared machine the wall time mostly measures the others. */
function coldCardsLine(cold: Run, loadNow: string): string {
	const cpu = cpuSeconds(cold.log);
	return `real: cold build (every card rendered) wall ${cold.seconds.toFixed(1)} s, CPU ${cpu === undefined ? 'not measured (no /usr/bin/time)' : `${cpu.toFixed(1)} s (user + system, all threads and processes)`}; load average ${loadNow}`;
}

/**
 * What the first result of each query costs on the site at `siteUrl` (served), and which page it
 * is; with `budgeted`, each is held to the search budget.
 */
async function searchFigures(
	label: string,
	siteUrl: string,
	pages: number,
	budgeted: boolean,
): Promise<void> {
	for (const query of SEARCH_QUERIES) {
		const r = await firstResult(siteUrl, query);
		line(
			`${label} "${query}": first result "${r.first}"; from another page of the site ${kb(r.fromSiteBytes)}; first visit ${kb(r.coldBytes)} (search files ${kb(r.searchBytes)}, the rest the page and its fonts)`,
		);
		line(
			`${label} "${query}": counted from another page: ${r.fromSiteFiles.map((f) => `${f.url.replace(siteUrl, '')} ${kb(f.bytes)}`).join(', ')}`,
		);
		if (budgeted)
			budget(
				`${label} "${query}" on ${pages} pages: first result from another page ≤ ${kb(BUDGETS.searchFirstResultBytes)}`,
				r.fromSiteBytes <= BUDGETS.searchFirstResultBytes,
				kb(r.fromSiteBytes),
			);
	}
}

function rankingBudgets(label: string, heaviest: Map<PageKind, PageWeight>): void {
	const r = heaviest.get('ranking');
	if (!r) {
		budget(`${label} ranking page ≤ 30 KB gzip HTML+CSS+JS`, false, 'no ranking page in the build');
		return;
	}
	const t = total(r).gzip;
	budget(
		`${label} ranking page ≤ 30 KB gzip HTML+CSS+JS`,
		t <= BUDGETS.rankingGzipBytes,
		`${kb(t)} (/${r.file.replace(/index\.html$/, '')})`,
	);
	budget(
		`${label} ranking page JS ≤ 8 KB gzip`,
		r.js.gzip <= BUDGETS.rankingJsGzipBytes,
		`${kb(r.js.gzip)} gzip, ${kb(r.js.raw)} raw`,
	);
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			editions: { type: 'string' },
			provinces: { type: 'string', default: '63' },
			ministries: { type: 'string', default: '25' },
			'no-synthetic': { type: 'boolean' },
			'no-real': { type: 'boolean' },
			'no-lighthouse': { type: 'boolean' },
			'no-search': { type: 'boolean' },
			'search-pages': { type: 'string' },
			'only-ratio': { type: 'boolean' },
			floor: { type: 'boolean' },
			keep: { type: 'boolean' },
		},
	});
	const cores = availableParallelism();
	const load = () =>
		loadavg()
			.map((l) => l.toFixed(2))
			.join(' ');
	line(
		`machine: ${cores} cores, node ${process.version}, load average ${load()} (other work on the machine slows the builds)`,
	);
	const node = process.execPath;
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const work = mkdtempSync(join(tmpdir(), 'dti-bench-'));
	const port = 4329;
	const siteUrl = `http://127.0.0.1:${port}`;
	let calibration: { perEdition: number; fixed: number } | undefined;
	const onlyRatio = Boolean(values['only-ratio']);

	try {
		if (!values['no-real']) {
			const out = join(work, 'real');
			// A cold build first: an empty social-card cache, so every card is rendered,
			if (!onlyRatio) {
				// (--force: every page rendered too, none copied from Astro's incremental cache)
				const cold = await measured(node, ['scripts/build.ts', '--out', out, '--force'], ROOT, {
					...env,
					BASE_PATH: '/',
					SITE_URL: siteUrl,
					DTI_CARD_CACHE: join(work, 'cold-card-cache'),
					// and no index to copy: Pagefind runs too; the open-data files are written too.
					DTI_SEARCH_CACHE: join(work, 'cold-search-cache'),
					DTI_OPEN_DATA_CACHE: join(work, 'cold-open-data-cache'),
				});
				if (cold.status !== 0) throw new Error(`The cold real build failed:\n${cold.log.slice(-3000)}`);
				line(`real: cold build ${cold.seconds.toFixed(1)} s: ${describeExtras(buildExtras(cold.log))}`);
				line(coldCardsLine(cold, load()));
				budget(
					`real cold build (every card rendered) ≤ ${BUDGETS.realColdBuildSeconds} s`,
					cold.seconds <= BUDGETS.realColdBuildSeconds,
					`${cold.seconds.toFixed(1)} s`,
				);
			}
			// Timings on a shared machine vary: build RATIO_PAIRS times and report the median run.
			// Each real build is followed by a bare Astro build of as many pages (a pair).
			const runs: Run[] = [];
			const bareRuns: Run[] = [];
			const bare = join(work, 'bare');
			let bareProject: number | undefined;
			/** One build of the bare project (written before the first), as the ratios pair it. */
			const bareBuild = async (): Promise<Run> => {
				const b = await measured(node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], bare, env);
				if (b.status !== 0) throw new Error(`The bare Astro build failed:\n${b.log.slice(-3000)}`);
				return b;
			};
			for (let i = 0; i < RATIO_PAIRS; i++) {
				// The canonical origin is the local server's, so Lighthouse's SEO audit sees a self-canonical page.
				// --force: every page rendered (an unchanged rebuild copies pages from Astro's
				// incremental cache; it is measured on its own below). Cards and search from their caches.
				const r = await measured(node, ['scripts/build.ts', '--out', out, '--force'], ROOT, {
					...env,
					BASE_PATH: '/',
					SITE_URL: siteUrl,
				});
				if (r.status !== 0) throw new Error(`The real build failed:\n${r.log.slice(-3000)}`);
				runs.push(r);
				// The build leaves the previous site to a background deletion: let it finish before
				// the bare build, so it slows neither figure.
				await previousSiteGone(out);
				bareProject ??= writeBareProject(bare, countIndexPages(out));
				bareRuns.push(await bareBuild());
			}
			const run = [...runs].sort((a, b) => a.seconds - b.seconds)[RATIO_PAIRS >> 1];
			const pages = countPages(out);
			line(
				`real: wall times of ${RATIO_PAIRS} builds, every page rendered (npm run build -- --force: checks, astro build, cards and search index from their caches, swap) ${runs.map((r) => r.seconds.toFixed(1)).join(' / ')} s (median below); load average ${load()}`,
			);
			report('real', run, pages);
			line(`real: ${describeExtras(buildExtras(run.log))}`);
			budget(
				`real build ≤ ${BUDGETS.realBuildSeconds} s (${cores} cores)`,
				run.seconds <= BUDGETS.realBuildSeconds,
				`${run.seconds.toFixed(1)} s`,
			);
			const bareSeconds = middle(bareRuns.map((b) => b.seconds));
			line(
				`bare astro build (${bareProject} trivial pages, \`astro build\` only): ${bareSeconds.toFixed(1)} s (median of ${RATIO_PAIRS}; runs ${bareRuns.map((b) => b.seconds.toFixed(1)).join(' / ')} s)`,
			);
			// Two ratios, each the median of the pairs: the Astro part of the real build (checks,
			// astro build, swap; the budget) and the whole real build (+ cards and search index).
			const bareSecs = bareRuns.map((b) => b.seconds);
			const astroSecs = runs.map(astroPartSeconds);
			const ratio = pairedRatio(astroSecs, bareSecs);
			const fullRatio = pairedRatio(
				runs.map((r) => r.seconds),
				bareSecs,
			);
			line(
				`real without cards and search index (data + narrative checks, astro build, swap): ${astroSecs.map((s) => s.toFixed(1)).join(' / ')} s`,
			);
			line(
				`ratio real/bare: ${ratio.toFixed(2)}× (real build without cards and search index over bare \`astro build\`; median of ${RATIO_PAIRS} pairs: ${astroSecs.map((s, i) => (s / bareSecs[i]).toFixed(2)).join(' / ')}×); load average ${load()}`,
			);
			line(
				`ratio real/bare, whole build: ${fullRatio.toFixed(2)}× (npm run build with cards and search index over bare \`astro build\`; median of ${RATIO_PAIRS} pairs)`,
			);
			budget(
				`real build without cards and search ≤ ${BUDGETS.realOverBareRatio}× bare Astro`,
				ratio <= BUDGETS.realOverBareRatio,
				`${ratio.toFixed(2)}×`,
			);
			// The floor: the same build (checks, config, collections, page cache, sitemap, swap) of a
			// copy whose routes make the same pages with trivial bodies, paired with the bare build
			// again. What the real build costs above it is what its pages' content costs.
			if (values.floor) {
				const copy = join(work, 'floor');
				writeFloorProject(copy);
				const floorSecs: number[] = [];
				const floorBare: number[] = [];
				for (let i = 0; i < RATIO_PAIRS; i++) {
					const f = await measured(node, ['scripts/build.ts', '--out', join(copy, 'dist'), '--force'], copy, {
						...env,
						BASE_PATH: '/',
						SITE_URL: siteUrl,
					});
					if (f.status !== 0) throw new Error(`The floor build failed:\n${f.log.slice(-3000)}`);
					floorSecs.push(astroPartSeconds(f));
					await previousSiteGone(join(copy, 'dist'));
					floorBare.push((await bareBuild()).seconds);
				}
				const floorRatio = pairedRatio(floorSecs, floorBare);
				line(
					`floor: the same build with trivial page bodies (${countIndexPages(join(copy, 'dist'))} pages; without cards and search index): ${floorSecs.map((x) => x.toFixed(1)).join(' / ')} s; bare ${floorBare.map((x) => x.toFixed(1)).join(' / ')} s`,
				);
				line(
					`floor ratio: ${floorRatio.toFixed(2)}× bare (median of ${RATIO_PAIRS} pairs: ${floorSecs.map((x, i) => (x / floorBare[i]).toFixed(2)).join(' / ')}×); the pages' content adds ${(ratio - floorRatio).toFixed(2)}× to reach the real ${ratio.toFixed(2)}×; load average ${load()}`,
				);
			}
			// An unchanged rebuild: the pages (and downloads) come from Astro's incremental cache.
			const warm: Run[] = [];
			for (let i = 0; i < REAL_RUNS; i++) {
				const w = await measured(node, ['scripts/build.ts', '--out', out], ROOT, {
					...env,
					BASE_PATH: '/',
					SITE_URL: siteUrl,
				});
				if (w.status !== 0) throw new Error(`The unchanged rebuild failed:\n${w.log.slice(-3000)}`);
				warm.push(w);
				await previousSiteGone(out);
			}
			const warmSecs = warm.map((w) => w.seconds);
			const warmMedian = middle(warmSecs);
			const copied = /(\d+) of (\d+) pages and files were unchanged/.exec(warm[0].log);
			line(
				`real: unchanged rebuild (npm run build; ${copied ? `${copied[1]} of ${copied[2]} pages and files copied from Astro's incremental cache` : 'no page copied from the cache'}): ${warmSecs.map((x) => x.toFixed(1)).join(' / ')} s, median ${warmMedian.toFixed(1)} s, ${(warmMedian / bareSeconds).toFixed(2)}× the bare build's median; load average ${load()}`,
			);
			// What a comms team does most between two data releases: reword a text and build. In a
			// copy of the project (its own page cache): build once, then reword an article back
			// and forth (one word for another), building after each change.
			{
				const copy = join(work, 'reword');
				copyProject(copy, [...PROJECT_CODE, 'data', 'content']);
				const buildCopy = () =>
					measured(node, ['scripts/build.ts', '--out', join(copy, 'dist')], copy, {
						...env,
						BASE_PATH: '/',
						SITE_URL: siteUrl,
					});
				const first = await buildCopy();
				if (first.status !== 0) throw new Error(`The copy's first build failed:\n${first.log.slice(-3000)}`);
				/** REAL_RUNS builds, `file` holding `changed` and its original text in turn; it ends as it was. */
				const buildsAfterEdits = async (file: string, changed: string, what: string): Promise<Run[]> => {
					const original = readFileSync(file, 'utf8');
					const runs: Run[] = [];
					for (let i = 0; i < REAL_RUNS; i++) {
						writeFileSync(file, i % 2 ? original : changed);
						const e = await buildCopy();
						if (e.status !== 0) throw new Error(`The build ${what} failed:\n${e.log.slice(-3000)}`);
						runs.push(e);
						await previousSiteGone(join(copy, 'dist'));
					}
					writeFileSync(file, original);
					return runs;
				};
				const article = join(
					copy,
					'content/articles',
					readdirSync(join(copy, 'content/articles')).find((f) => f.endsWith('.mdx'))!,
				);
				const original = readFileSync(article, 'utf8');
				const at = original.indexOf(' và ', original.indexOf('\n---', 4) + 4);
				const reworded = `${original.slice(0, at)} cùng ${original.slice(at + 4)}`;
				const edits = await buildsAfterEdits(article, reworded, 'after rewording');
				const figure = (what: string, runs: Run[]) => {
					const secs = runs.map((e) => e.seconds);
					const mid = middle(secs);
					const kept = /(\d+) of (\d+) pages and files were unchanged/.exec(runs[0].log);
					line(
						`real: ${what} (npm run build; ${kept ? `${Number(kept[2]) - Number(kept[1])} of ${kept[2]} pages and files rendered, the rest from Astro's incremental cache` : 'every page rendered'}): ${secs.map((x) => x.toFixed(1)).join(' / ')} s, median ${mid.toFixed(1)} s, ${(mid / bareSeconds).toFixed(2)}× the bare build's median; load average ${load()}`,
					);
				};
				figure('after rewording an article', edits);
				// A corrected figure or source: every page is rendered again (each shows something of
				// the whole dataset), Astro's content store re-reads only the changed file, the
				// cards, search index and downloads not affected come from their caches.
				const sourcesFile = join(copy, 'data/sources.json');
				const corrected = readFileSync(sourcesFile, 'utf8').replace(/"title": "/, '"title": "(đính chính) ');
				const fixes = await buildsAfterEdits(sourcesFile, corrected, 'after a data correction');
				figure('after correcting a source title in data/', fixes);
			}
			if (!onlyRatio) {
				rankingBudgets('real', reportWeights('real', out, '/'));
				pageTypeBudget('real', out, '/');
			}
			if (!onlyRatio && !values['no-search'] && existsSync(CHROMIUM)) {
				// The same queries on the real site (served at the root), as figures beside the budgeted ones.
				const server = await serveSite(out, '/', port);
				try {
					await searchFigures('real search', server.url, countPages(out), false);
				} finally {
					await server.close();
				}
			}

			if (onlyRatio) line('lighthouse: not run (--only-ratio)');
			else if (values['no-lighthouse']) line('lighthouse: not run (--no-lighthouse)');
			else if (!existsSync(CHROMIUM)) {
				line(`lighthouse: not run (no Chromium at ${CHROMIUM})`);
				budget('Lighthouse ≥ 98 in all four categories', false, `not measured: no Chromium at ${CHROMIUM}`);
			} else {
				const server = await serveSite(out, '/', port);
				try {
					const files = listFiles(out);
					const pick = (re: RegExp) => files.find((f) => re.test(f))?.replace(/index\.html$/, '');
					const newest = files
						.filter((f) => /^\d{4}\/tinh\/index\.html$/.test(f))
						.sort()
						.at(-1)
						?.replace(/index\.html$/, '');
					const year = newest?.slice(0, 4);
					const targets: [string, string | undefined][] = [
						['home', ''],
						['ranking', newest],
						['unit page', year ? pick(new RegExp(`^${year}/tinh/[^/]+/index\\.html$`)) : undefined],
						['article', pick(/^bai-viet\/[^/]+\/index\.html$/)],
					];
					for (const [name, path] of targets) {
						if (path === undefined) {
							line(`lighthouse ${name}: no such page in the build`);
							budget(`Lighthouse ${name} ≥ ${BUDGETS.lighthouseScore}`, false, 'no such page');
							continue;
						}
						// Performance scores vary from run to run: take the median of three runs per category.
						const runs = [];
						for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(`${server.url}${path}`));
						const failed = runs.find((r) => typeof r === 'string');
						const scores = failed ?? median(runs as Record<string, number>[]);
						if (typeof scores === 'string') {
							line(`lighthouse ${name} /${path}: ${scores}`);
							budget(`Lighthouse ${name} ≥ ${BUDGETS.lighthouseScore}`, false, scores);
							continue;
						}
						line(
							`lighthouse ${name} /${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (median of ${LIGHTHOUSE_RUNS} runs; performance runs ${runs.map((r) => (r as Record<string, number>).performance).join('/')})`,
						);
						const low = CATEGORIES.filter((c) => scores[c] < BUDGETS.lighthouseScore);
						budget(
							`Lighthouse ${name} ≥ ${BUDGETS.lighthouseScore} in all four`,
							low.length === 0,
							low.length ? `below: ${low.map((c) => `${c} ${scores[c]}`).join(', ')}` : 'all ≥ 98',
						);
					}
				} finally {
					await server.close();
				}
			}
		}

		if (!values['no-synthetic'] && !onlyRatio) {
			const provinces = Number(values.provinces);
			const ministries = Number(values.ministries);
			const project = join(work, 'synthetic');
			mkdirSync(project);
			let editions = Number(values.editions ?? 0);
			if (!editions) {
				// Default size: enough editions for ~6,000 pages. A 2-edition build tells how many pages
				// an edition adds (its pages and embeds under <year>/) and how many come once.
				prepareSyntheticProject(project, { editions: 2, provinces, ministries });
				const calib = join(project, 'calibration');
				const c = await measured(node, ['scripts/build.ts', '--out', calib], project, {
					...env,
					BASE_PATH: '/dti/',
				});
				if (c.status !== 0) throw new Error(`The synthetic calibration build failed:\n${c.log.slice(-3000)}`);
				const { perEdition, fixed } = pagesPerEdition(listFiles(calib), 2);
				calibration = { perEdition, fixed };
				editions = Math.max(1, Math.round((BUDGETS.syntheticPages - fixed) / perEdition));
				line(`synthetic: calibration: ${perEdition} pages per edition, ${fixed} pages once`);
				rmSync(project, { recursive: true, force: true });
				mkdirSync(project);
			}
			prepareSyntheticProject(project, { editions, provinces, ministries });
			line(
				`synthetic: ${editions} editions × ${provinces} provinces × ${ministries} ministries (+ ${editions} articles)`,
			);
			const out = join(project, 'out');
			const run = await measured(node, ['scripts/build.ts', '--out', out], project, {
				...env,
				BASE_PATH: '/dti/',
				SITE_URL: 'https://dti.example.org',
			});
			if (run.status !== 0) throw new Error(`The synthetic build failed:\n${run.log.slice(-3000)}`);
			const pages = countPages(out);
			report('synthetic', run, pages);
			line(`synthetic: ${describeExtras(buildExtras(run.log))}`);
			line(`synthetic: load average ${load()}`);
			budget(
				`synthetic build of ${pages} pages ≤ ${BUDGETS.syntheticBuildSeconds} s`,
				run.seconds <= BUDGETS.syntheticBuildSeconds,
				`${run.seconds.toFixed(1)} s`,
			);
			const rss = Math.max(run.treeRss, run.maxRss ?? 0);
			budget('synthetic build peak RSS ≤ 1 GB', rss <= BUDGETS.syntheticRssBytes, mb(rss));
			const heaviest = reportWeights('synthetic', out, '/dti/');
			rankingBudgets('synthetic', heaviest);
			pageTypeBudget('synthetic', out, '/dti/');
		}

		if (!values['no-search'] && !onlyRatio) {
			// Search on a ~10,000-page synthetic site: bytes until the first result, in Chromium.
			const provinces = Number(values.provinces);
			const ministries = Number(values.ministries);
			const target = Number(values['search-pages'] ?? BUDGETS.searchPages);
			const project = join(work, 'search');
			mkdirSync(project);
			if (!calibration) {
				prepareSyntheticProject(project, { editions: 2, provinces, ministries });
				const calib = join(project, 'calibration');
				const c = await measured(node, ['scripts/build.ts', '--out', calib], project, {
					...env,
					BASE_PATH: '/dti/',
				});
				if (c.status !== 0) throw new Error(`The search calibration build failed:\n${c.log.slice(-3000)}`);
				calibration = pagesPerEdition(listFiles(calib), 2);
				rmSync(project, { recursive: true, force: true });
				mkdirSync(project);
			}
			const editions = Math.max(1, Math.round((target - calibration.fixed) / calibration.perEdition));
			prepareSyntheticProject(project, { editions, provinces, ministries });
			const out = join(project, 'out');
			// Cards come from the shared cache (node_modules/.cache/dti-cards): only the first run renders them.
			const run = await measured(node, ['scripts/build.ts', '--out', out], project, {
				...env,
				BASE_PATH: '/dti/',
				SITE_URL: 'https://dti.example.org',
				DTI_BUILD_HEAP_MB: process.env.DTI_BUILD_HEAP_MB ?? '1536',
			});
			if (run.status !== 0) throw new Error(`The search site build failed:\n${run.log.slice(-3000)}`);
			const pages = countPages(out);
			line(
				`search: synthetic site of ${pages} pages (${editions} editions) built in ${run.seconds.toFixed(1)} s`,
			);
			line(`search: ${describeExtras(buildExtras(run.log))}`);
			const server = await serveSite(out, '/dti/', port);
			try {
				await searchFigures('search', server.url, pages, true);
			} finally {
				await server.close();
			}
		}
	} finally {
		if (values.keep) line(`kept: ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}

	for (const r of results) line(`budget ${r.ok ? 'PASS' : 'FAIL'}: ${r.name}: ${r.detail}`);
	if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
