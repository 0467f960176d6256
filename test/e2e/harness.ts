/**
 * Shared pieces of the browser tests: which pages of the built site to visit (found in the
 * build, so they follow the data), Debian's Chromium through playwright-core, a page visit that
 * records console errors, failed and foreign requests, and axe-core.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveSite, type StaticServer } from '../../scripts/serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/** Launches headless Chromium, or throws a clear error: browser tests never pass without it. */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(
			`Chromium not found at ${CHROMIUM}, so the browser tests cannot run and are failed, not skipped. ` +
				`Install it with \`apt-get install -y chromium\` (.ci/run does this in CI) or set CHROMIUM_PATH.`,
		);
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * One browser per test file, launched by the first test that needs it. Launching in a hook
 * would make Vitest report the tests as skipped when Chromium is missing; this way each test
 * fails with the launch error.
 */
export function lazyBrowser(): { get: () => Promise<Browser>; close: () => Promise<void> } {
	let p: Promise<Browser> | undefined;
	return {
		get: () => (p ??= launchChromium()),
		close: async () => {
			const b = await p?.catch(() => undefined);
			await b?.close();
		},
	};
}

/**
 * The shared frame of a browser test file: the built test site served at its base before the
 * tests, and Chromium contexts created on first use inside a test (so a missing browser fails
 * that test rather than a hook), all closed after the file.
 */
export function browserSuite(): {
	server: () => StaticServer;
	context: (options: BrowserContextOptions) => () => Promise<BrowserContext>;
} {
	let server: StaticServer | undefined;
	const browser = lazyBrowser();
	const contexts: Promise<BrowserContext>[] = [];
	beforeAll(async () => {
		server = await serveSite(inject('siteDir'), inject('siteBase'));
	});
	afterAll(async () => {
		for (const c of contexts) await (await c.catch(() => undefined))?.close();
		await browser.close();
		await server?.close();
	});
	return {
		server: () => server!,
		context: (options) => {
			let c: Promise<BrowserContext> | undefined;
			return () => {
				if (!c) contexts.push((c = browser.get().then((b) => b.newContext(options))));
				return c;
			};
		},
	};
}

export type PageKind =
	| 'home'
	| 'edition'
	| 'provinces ranking'
	| 'ministries ranking'
	| 'unit page'
	| 'profile'
	| 'article'
	| 'methodology'
	| 'map';

export interface Target {
	kind: PageKind;
	/** Site path after the base, "2024/tinh/" (undefined when the build has no such page). */
	path?: string;
	/** What was looked for, for the failure message when the page is missing. */
	lookedFor: string;
}

const dirs = (d: string): string[] =>
	existsSync(d)
		? readdirSync(d, { withFileTypes: true })
				.filter((e) => e.isDirectory())
				.map((e) => e.name)
				.sort()
		: [];
const hasPage = (root: string, path: string) => existsSync(join(root, path, 'index.html'));
/** Directory pages below a folder of the site ("2024/" → "2024/tinh/ban-do/", …). */
const listHtml = (root: string, dir: string): string[] =>
	dirs(join(root, dir)).flatMap((d) => [
		...(hasPage(root, `${dir}/${d}`) ? [`${dir}/${d}/`] : []),
		...listHtml(root, `${dir}/${d}`),
	]);

/** Marks an inline map in the HTML: the charts' wrapper `<dti-chart data-chart="map-…">`. */
export const MAP_MARKER = /\bdata-chart="map[-"]/;
/** The same, as a selector for the browser. */
export const MAP_SELECTOR = '[data-chart^="map"]';

/**
 * The pages the browser tests visit, chosen from the build: the newest edition whose provinces
 * ranking has a table (its overview, that ranking, its first province unit page), the newest
 * ministries ranking with a table, the first province profile, the first article, the
 * methodology page (wide framework tables) and the first ranking or edition page with an
 * inline map.
 */
export function discoverTargets(siteDir: string): Target[] {
	const root = resolve(siteDir);
	if (!existsSync(join(root, 'index.html')))
		throw new Error(
			`No built site at ${root} (the browser tests need test/global-setup.ts to build it; is DTI_SKIP_BUILD set?).`,
		);
	const years = dirs(root)
		.filter((d) => /^\d{4}$/.test(d))
		.reverse();
	const read = (p: string) => readFileSync(join(root, p, 'index.html'), 'utf8');
	// A ranking page with a ranking table (an edition may publish no results for a level).
	const ranked = (p: string) => hasPage(root, p) && read(p).includes('<table data-ranking');
	const year = years.find((y) => ranked(`${y}/tinh/`)) ?? years[0];
	const ministriesYear = years.find((y) => ranked(`${y}/bo/`)) ?? year;
	const first = (parent: string) => dirs(join(root, parent)).find((d) => hasPage(root, `${parent}/${d}`));
	const unit = year ? first(`${year}/tinh`) : undefined;
	const profile = first('tinh');
	const article = first('bai-viet');
	const candidates = years.flatMap((y) => [`${y}/`, `${y}/tinh/`, `${y}/tinh-63/`, `${y}/bo/`]);
	const map =
		candidates.find((p) => hasPage(root, p) && MAP_MARKER.test(read(p))) ??
		years.flatMap((y) => listHtml(root, y)).find((p) => MAP_MARKER.test(read(p)));
	const at = (p: string | undefined) => (p !== undefined && hasPage(root, p) ? p : undefined);
	return [
		{ kind: 'home', path: at(''), lookedFor: 'index.html' },
		{ kind: 'edition', path: at(year && `${year}/`), lookedFor: '<year>/index.html' },
		{ kind: 'provinces ranking', path: at(year && `${year}/tinh/`), lookedFor: '<year>/tinh/index.html' },
		{
			kind: 'ministries ranking',
			path: at(ministriesYear && `${ministriesYear}/bo/`),
			lookedFor: '<year>/bo/index.html',
		},
		{
			kind: 'unit page',
			path: at(unit && `${year}/tinh/${unit}/`),
			lookedFor: '<year>/tinh/<id>/index.html',
		},
		{ kind: 'profile', path: at(profile && `tinh/${profile}/`), lookedFor: 'tinh/<id>/index.html' },
		{ kind: 'article', path: at(article && `bai-viet/${article}/`), lookedFor: 'bai-viet/<slug>/index.html' },
		{ kind: 'methodology', path: at('phuong-phap/'), lookedFor: 'phuong-phap/index.html' },
		{ kind: 'map', path: map, lookedFor: `a page under <year>/ whose HTML matches ${MAP_MARKER}` },
	];
}

/** The page path of a target, or a failure that says what the build lacks. */
export function pathOf(t: Target): string {
	if (t.path === undefined) throw new Error(`The build has no ${t.kind} page (looked for ${t.lookedFor}).`);
	return t.path;
}

export interface Visit {
	page: Page;
	status: number | undefined;
	/** Console errors, page errors, failed requests, HTTP errors, requests leaving the site. */
	problems: string[];
}

/** Opens a page and records everything that went wrong while it loaded. */
export async function visit(context: BrowserContext, url: string): Promise<Visit> {
	const page = await context.newPage();
	const problems: string[] = [];
	const origin = new URL(url).origin;
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
	page.on('request', (r) => {
		if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
			problems.push(`request leaves the site: ${r.url()}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	return { page, status: response?.status(), problems };
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

const AXE_SOURCE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/**
 * Serious and critical axe-core violations of the page as it is now, with WCAG 2.2's target
 * size (24 px; off by default in axe-core) switched on.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ path: AXE_SOURCE });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: any[] }> } }
		).axe;
		const r = await axe.run(document, {
			resultTypes: ['violations'],
			rules: { 'target-size': { enabled: true } },
		});
		return r.violations.map((v) => ({
			id: v.id as string,
			impact: v.impact as string | null,
			help: v.help as string,
			nodes: (v.nodes as { target: string[] }[]).slice(0, 5).map((n) => n.target.join(' ')),
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Elements that stick out to the right of the viewport outside any horizontal scroll container. */
export async function horizontalOverflow(
	page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
	return page.evaluate(() => {
		const doc = document.documentElement;
		const clientWidth = doc.clientWidth;
		const culprits: string[] = [];
		const scrolls = (el: Element | null): boolean => {
			for (let e = el; e && e !== doc; e = e.parentElement) {
				const o = getComputedStyle(e).overflowX;
				if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
			}
			return false;
		};
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right > clientWidth + 1 && !scrolls(el.parentElement)) {
				const id = el.id ? `#${el.id}` : '';
				const cls =
					typeof el.className === 'string' && el.className
						? `.${el.className.trim().split(/\s+/).join('.')}`
						: '';
				culprits.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)} px)`);
				if (culprits.length >= 5) break;
			}
		}
		return { scrollWidth: doc.scrollWidth, clientWidth, culprits };
	});
}
