/**
 * Bench figures of search and social cards (used by scripts/bench.ts): what a reader downloads
 * until the first search result shows, measured in Chromium over the built site served with gzip
 * as a static host would (scripts/serve.ts), and the card and index lines that
 * scripts/finish-site.ts prints during a build.
 *
 * Bytes are the transfer sizes Chromium reports (CDP Network.loadingFinished encodedDataLength:
 * headers and compressed bodies) of every response finished when the first result appears.
 */
import { chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--no-first-run',
];

/** The queries the bench measures (the search tests check their first results on the real site). */
export const SEARCH_QUERIES = ['da nang', 'hcm', 'thua thien hue'];

export interface FirstResult {
	query: string;
	/** Title of the first result. */
	first: string;
	/** A first visit: the search page, its fonts and the search files, nothing cached. */
	coldBytes: number;
	/** Of those, the search files (pagefind/…). */
	searchBytes: number;
	/** From another page of the site (its hashed fonts cached): the search page and the search files. */
	fromSiteBytes: number;
	/** Transfer size by file of the first visit, largest first. */
	files: { url: string; bytes: number }[];
	/** Transfer size by file of the visit from another page, largest first. */
	fromSiteFiles: { url: string; bytes: number }[];
}

/**
 * Bytes transferred from `go()` until the first search result is in the page, leaving out the
 * URLs in `cached` (hashed assets a host serves as immutable, already fetched by an earlier page).
 * "Until" is the moment the first result is added: the page notes then (a MutationObserver) which
 * of its resources have finished loading (Resource Timing), and only those and the page itself
 * count, with the sizes Chromium's network layer reports; requests begun at that moment (the other
 * results' data) and the browser's own favicon request do not.
 */
async function bytesUntilFirstResult(
	page: Page,
	go: () => Promise<unknown>,
	cached: Set<string> = new Set(),
): Promise<{ total: number; files: Map<string, number>; first: string }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const urls = new Map<string, string>();
	const finished: { url: string; bytes: number }[] = [];
	cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
	cdp.on('Network.loadingFinished', (e) =>
		finished.push({ url: urls.get(e.requestId) ?? e.requestId, bytes: e.encodedDataLength }),
	);
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-search-results] li a')) return;
			const w = window as unknown as { dtiLoadedAtFirstResult: string[] };
			w.dtiLoadedAtFirstResult = [
				// The page as requested (the search script rewrites the address's query).
				...performance.getEntriesByType('navigation').map((e) => e.name),
				...performance.getEntriesByType('resource').map((e) => e.name),
			];
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await go();
	const first = page.locator('[data-search-results] li a').first();
	await first.waitFor({ timeout: 60_000 });
	const loaded = new Set(
		await page.evaluate(
			() => (window as unknown as { dtiLoadedAtFirstResult: string[] }).dtiLoadedAtFirstResult,
		),
	);
	const title = (await first.textContent()) ?? '';
	await cdp.detach();
	const files = new Map<string, number>();
	let total = 0;
	for (const { url, bytes } of finished) {
		if (!loaded.has(url) || cached.has(url)) continue;
		total += bytes;
		files.set(url, (files.get(url) ?? 0) + bytes);
	}
	return { total, files, first: title };
}

/** Measures the first result for `query` on the search page of the site at `siteUrl` (origin + base). */
export async function firstResult(siteUrl: string, query: string): Promise<FirstResult> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
	try {
		const searchUrl = `${siteUrl}tim-kiem/?q=${encodeURIComponent(query)}`;
		const cold = await browser.newContext();
		const page = await cold.newPage();
		const c = await bytesUntilFirstResult(page, () => page.goto(searchUrl));
		await cold.close();

		const warm = await browser.newContext();
		const page2 = await warm.newPage();
		// The local server sends every file with no-cache; a host caches the hashed files under
		// _astro/ (fonts, scripts) for a year (scripts/deploy-headers.ts), so those fetched by the
		// page before are not counted again.
		const hashed = new Set<string>();
		page2.on('response', (r) => {
			if (r.url().includes('/_astro/')) hashed.add(r.url());
		});
		await page2.goto(`${siteUrl}tinh/`, { waitUntil: 'networkidle' });
		const w = await bytesUntilFirstResult(page2, () => page2.goto(searchUrl), hashed);
		await warm.close();

		const byFile = (m: Map<string, number>) =>
			[...m].map(([url, bytes]) => ({ url, bytes })).sort((a, b) => b.bytes - a.bytes);
		const files = byFile(c.files);
		return {
			query,
			first: c.first,
			coldBytes: c.total,
			searchBytes: files.filter((f) => f.url.includes('/pagefind/')).reduce((s, f) => s + f.bytes, 0),
			fromSiteBytes: w.total,
			files,
			fromSiteFiles: byFile(w.files),
		};
	} finally {
		await browser.close();
	}
}

export interface BuildExtras {
	/** `early`: of the rendered cards, those rendered while Astro was still building. */
	cards?: { cards: number; rendered: number; reused: number; seconds: number; early: number };
	index?: { pages: number; indexKb: number; totalKb: number; seconds: number };
}

/** The card and search-index lines of a build log (scripts/finish-site.ts). */
export function buildExtras(log: string): BuildExtras {
	const c =
		/Social cards: (\d+) cards, (\d+) rendered, (\d+) from the cache .*? in ([\d.]+) s\.(?: (\d+) of them rendered while Astro was building\.)?/.exec(
			log,
		);
	const i =
		/Search index: (\d+) pages, index (\d+) KB \((\d+) KB with the search scripts\) in ([\d.]+) s\./.exec(
			log,
		);
	return {
		...(c
			? { cards: { cards: +c[1], rendered: +c[2], reused: +c[3], seconds: +c[4], early: +(c[5] ?? 0) } }
			: {}),
		...(i ? { index: { pages: +i[1], indexKb: +i[2], totalKb: +i[3], seconds: +i[4] } } : {}),
	};
}

/** One line of card and index figures for the bench output. */
export function describeExtras(x: BuildExtras): string {
	const parts = [];
	if (x.cards)
		parts.push(
			`cards ${x.cards.cards} (${x.cards.rendered} rendered${x.cards.early ? `, ${x.cards.early} of them during the Astro build` : ''}, ${x.cards.reused} from the cache) in ${x.cards.seconds.toFixed(1)} s after the Astro build`,
		);
	if (x.index)
		parts.push(
			`search index ${x.index.pages} pages, ${x.index.indexKb} KB (${x.index.totalKb} KB with pagefind.js and wasm) in ${x.index.seconds.toFixed(1)} s`,
		);
	return parts.join('; ') || 'no card or index line in the build log';
}

/** CPU seconds (user + system) of a run measured with `/usr/bin/time -v`, its threads and children included. */
export function cpuSeconds(log: string): number | undefined {
	const u = /User time \(seconds\): ([\d.]+)/.exec(log);
	const s = /System time \(seconds\): ([\d.]+)/.exec(log);
	return u && s ? Number(u[1]) + Number(s[1]) : undefined;
}
