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
}

/**
 * Bytes transferred from `go()` until the first search result is in the page, leaving out the
 * URLs in `cached` (hashed assets a host serves as immutable, already fetched by an earlier page).
 */
async function bytesUntilFirstResult(
	page: Page,
	go: () => Promise<unknown>,
	cached: Set<string> = new Set(),
): Promise<{ total: number; files: Map<string, number>; first: string }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const urls = new Map<string, string>();
	const files = new Map<string, number>();
	let total = 0;
	let counting = true;
	cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
	cdp.on('Network.loadingFinished', (e) => {
		const url = urls.get(e.requestId) ?? e.requestId;
		if (!counting || cached.has(url)) return;
		total += e.encodedDataLength;
		files.set(url, (files.get(url) ?? 0) + e.encodedDataLength);
	});
	await go();
	const first = page.locator('[data-search-results] li a').first();
	await first.waitFor({ timeout: 60_000 });
	counting = false;
	const title = (await first.textContent()) ?? '';
	await cdp.detach();
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

		const files = [...c.files].map(([url, bytes]) => ({ url, bytes })).sort((a, b) => b.bytes - a.bytes);
		return {
			query,
			first: c.first,
			coldBytes: c.total,
			searchBytes: files.filter((f) => f.url.includes('/pagefind/')).reduce((s, f) => s + f.bytes, 0),
			fromSiteBytes: w.total,
			files,
		};
	} finally {
		await browser.close();
	}
}

export interface BuildExtras {
	cards?: { cards: number; rendered: number; reused: number; seconds: number };
	index?: { pages: number; indexKb: number; totalKb: number; seconds: number };
}

/** The card and search-index lines of a build log (scripts/finish-site.ts). */
export function buildExtras(log: string): BuildExtras {
	const c = /Social cards: (\d+) cards, (\d+) rendered, (\d+) from the cache .*? in ([\d.]+) s\./.exec(log);
	const i =
		/Search index: (\d+) pages, index (\d+) KB \((\d+) KB with the search scripts\) in ([\d.]+) s\./.exec(
			log,
		);
	return {
		...(c ? { cards: { cards: +c[1], rendered: +c[2], reused: +c[3], seconds: +c[4] } } : {}),
		...(i ? { index: { pages: +i[1], indexKb: +i[2], totalKb: +i[3], seconds: +i[4] } } : {}),
	};
}

/** One line of card and index figures for the bench output. */
export function describeExtras(x: BuildExtras): string {
	const parts = [];
	if (x.cards)
		parts.push(
			`cards ${x.cards.cards} (${x.cards.rendered} rendered, ${x.cards.reused} from the cache) in ${x.cards.seconds.toFixed(1)} s`,
		);
	if (x.index)
		parts.push(
			`search index ${x.index.pages} pages, ${x.index.indexKb} KB (${x.index.totalKb} KB with pagefind.js and wasm) in ${x.index.seconds.toFixed(1)} s`,
		);
	return parts.join('; ') || 'no card or index line in the build log';
}
