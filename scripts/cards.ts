/**
 * Social cards: renders the 1200×630 PNG of every card the built pages ask for (the og:image
 * tags' data-card, src/components/SocialMeta.astro), with satori (layout and text to SVG paths,
 * in the self-hosted Be Vietnam Pro) and resvg (SVG to PNG). Run by scripts/finish-site.ts on the
 * staging folder after the Astro build.
 *
 * Cache: a card's PNG is stored under the SHA-256 of its words, the renderer's version and the
 * fonts, in node_modules/.cache/dti-cards/ (or DTI_CARD_CACHE). A card whose words did not
 * change is linked (or copied) from there, not rendered again; only new or changed cards cost
 * render time. The cache only grows; delete the folder to reclaim the space.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { createHash } from 'node:crypto';
import {
	closeSync,
	type Dirent,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { CARD_HEIGHT, CARD_WIDTH, type PageCard } from '../src/lib/cards/spec.ts';
import { listFiles } from './check-site.ts';
import { linkOrCopy } from './folder-cache.ts';
import { ROOT } from './lib.ts';

/** Bump when the design below changes: every card is rendered again. */
const RENDERER_VERSION = 3;

export const CARD_CACHE = process.env.DTI_CARD_CACHE ?? join(ROOT, 'node_modules/.cache/dti-cards');

const BRAND = '#0b3d6b';
const INK = '#1a1f26';
const MUTED = '#4a5562';

// ── Fonts: Be Vietnam Pro from @fontsource (WOFF; satori reads TTF, OTF and WOFF, not WOFF2) ──

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const FAMILY = SUBSETS.map((s) => `BVP-${s}`).join(', ');

interface Font {
	name: string;
	weight: 400 | 700;
	style: 'normal';
	data: Buffer;
}
let fonts: Font[] | undefined;
function loadFonts(): Font[] {
	if (fonts) return fonts;
	const dir = join(
		dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json')),
		'files',
	);
	// satori picks one font per family name, so each unicode subset is a family of its own and
	// the text's font-family lists them all: every glyph is found in one of them.
	fonts = SUBSETS.flatMap((subset) =>
		WEIGHTS.map((weight) => ({
			name: `BVP-${subset}`,
			weight,
			style: 'normal' as const,
			data: readFileSync(join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
		})),
	);
	return fonts;
}

// ── The design: site name, kicker, title, up to three figures, all left-aligned on white ──

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

/** Title size by length, so long article titles and ministry names still fit in three lines. */
function titleSize(title: string): number {
	const n = [...title].length;
	if (n <= 18) return 96;
	if (n <= 32) return 76;
	if (n <= 60) return 60;
	return 48;
}

/** Figure size by their length together, so a long leader's name ("Leader: Ho Chi Minh City (former)") keeps to one line. */
function factSize(facts: string[]): number {
	return facts.reduce((n, f) => n + [...f].length, 0) > 38 ? 36 : 44;
}

export function cardTree(card: PageCard): Node {
	const size = titleSize(card.title);
	const facts = card.facts.slice(0, 3);
	const factPx = factSize(facts);
	return h(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			background: '#ffffff',
			color: INK,
			fontFamily: FAMILY,
		},
		[
			h('div', { display: 'flex', height: 24, background: BRAND }),
			h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 72px 56px' }, [
				h('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: BRAND }, [
					h(
						'div',
						{
							display: 'flex',
							background: BRAND,
							color: '#fff',
							borderRadius: 8,
							padding: '2px 14px',
							marginRight: 18,
						},
						'DTI',
					),
					h('div', { display: 'flex' }, card.site),
				]),
				h('div', { display: 'flex', marginTop: 40, fontSize: 34, color: MUTED }, card.kicker),
				// At most three lines, cut with an ellipsis. (Not a clipping box: resvg draws clips and
				// masks through full-size layers, about half its time for a card.)
				h(
					'div',
					{
						display: 'block',
						marginTop: 12,
						fontSize: size,
						fontWeight: 700,
						lineHeight: 1.15,
						lineClamp: 3,
					},
					card.title,
				),
				h(
					'div',
					{ display: 'flex', marginTop: 'auto', gap: 28 },
					// Each figure in a 3 px outline: a brand-coloured box with a white one inset (a CSS
					// border with rounded corners becomes a clipped stroke, which resvg draws slowly).
					facts.map((f) =>
						h(
							'div',
							{ display: 'flex', background: BRAND, borderRadius: 12, padding: 3 },
							h(
								'div',
								{
									display: 'flex',
									fontSize: factPx,
									fontWeight: 700,
									color: BRAND,
									background: '#ffffff',
									borderRadius: 9,
									padding: '10px 26px',
								},
								f,
							),
						),
					),
				),
			]),
		],
	);
}

// Rendered over white: every pixel is opaque whatever the design draws (see encodePng).
const RESVG_OPTIONS = {
	background: '#ffffff',
	fitTo: { mode: 'width' as const, value: CARD_WIDTH },
	font: { loadSystemFonts: false },
};

/** PNG of one card: satori lays the card out as SVG (text as paths), resvg rasterises it. */
export async function renderCard(card: PageCard): Promise<Buffer> {
	const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts(),
	});
	return encodePng(new Resvg(svg, RESVG_OPTIONS).render(), { opaque: true });
}

const pngChunk = (type: string, data: Buffer) => {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
	return out;
};

/**
 * PNG of a rendered card. A card is opaque (white ground), so its pixels are written as they are
 * (RGBA, no row filter) and deflated by zlib at level 3: half the CPU of resvg's own encoder
 * (adaptive filters, stronger compression) for files about 5% larger (~42 KB). An image with
 * any transparent pixel goes through resvg's encoder (its pixels are premultiplied); one
 * rendered over a solid background (`opaque`, as cards are) is not checked.
 */
export function encodePng(
	img: { width: number; height: number; pixels: Buffer; asPng(): Buffer },
	{ opaque = false }: { opaque?: boolean } = {},
): Buffer {
	const { width, height } = img;
	const px = img.pixels;
	// `opaque`: rendered over a solid background, so no pixel needs checking (~2 ms a card).
	if (!opaque) for (let i = 3; i < px.length; i += 4) if (px[i] !== 255) return Buffer.from(img.asPng());
	const stride = width * 4;
	const raw = Buffer.alloc((stride + 1) * height); // each row: filter type 0, then its pixels
	for (let y = 0; y < height; y++) px.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', header),
		pngChunk('IDAT', deflateSync(raw, { level: 3 })),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

/** Renders a card into `path` (a temporary file renamed into place, so a cache file is always whole). */
export async function writeCard(card: PageCard, path: string): Promise<void> {
	const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
	try {
		writeFileSync(tmp, await renderCard(card));
		renameSync(tmp, path);
	} finally {
		rmSync(tmp, { force: true });
	}
}

/**
 * Threads that render cards: satori and resvg are CPU-bound (about 30 ms of CPU a card), so the work is
 * spread over worker threads, one per core (DTI_CARD_THREADS overrides), each loading the fonts
 * once. A handful of cards is rendered in this thread: starting a worker costs more than that.
 */
const THREADS = Math.max(1, Number(process.env.DTI_CARD_THREADS) || availableParallelism());
const CARDS_PER_THREAD = 8;

/** Renders `jobs` (card → cache file), in worker threads when there are enough of them. */
async function renderAll(jobs: { card: PageCard; path: string }[]): Promise<number> {
	const threads = Math.min(THREADS, Math.floor(jobs.length / CARDS_PER_THREAD));
	if (threads < 2) {
		for (const j of jobs) await writeCard(j.card, j.path);
		return jobs.length ? 1 : 0;
	}
	const queue = [...jobs];
	const workers = Array.from(
		{ length: threads },
		() => new Worker(new URL('./card-worker.ts', import.meta.url)),
	);
	try {
		await Promise.all(
			workers.map(
				(w) =>
					new Promise<void>((done, fail) => {
						const next = () => {
							const job = queue.shift();
							if (job) w.postMessage(job);
							else done();
						};
						w.on('message', (m: { error?: string; file?: string }) => {
							if (m.error) fail(new Error(`Social card ${m.file}: ${m.error}`));
							else next();
						});
						w.on('error', fail);
						w.on('exit', (code) => fail(new Error(`A card thread stopped early (exit code ${code}).`)));
						next();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return threads;
}

// ── Finding the cards in the built site ──

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

const CARD_TAG = /<meta property="og:image" content="[^"]*" data-card="([^"]*)"/;

/**
 * The card a page asks for (its og:image tag's data-card, near the top of the head), read only as
 * far as needed: up to that tag, or to `</head>` when it has none (`null`). With `complete`, a page
 * whose head is not all there yet (being written) gives undefined, to be read again later.
 */
function readCard(path: string, complete = false): PageCard | null | undefined {
	const fd = openSync(path, 'r');
	try {
		const chunks: Buffer[] = [];
		const chunk = Buffer.alloc(8 * 1024);
		for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
			chunks.push(Buffer.from(chunk.subarray(0, n)));
			const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
			const end = text.indexOf('</head>');
			const m = CARD_TAG.exec(end >= 0 ? text.slice(0, end) : text);
			if (m) return JSON.parse(decode(m[1])) as PageCard;
			if (end >= 0) return null;
		}
		return complete ? undefined : null;
	} finally {
		closeSync(fd);
	}
}

/**
 * Cards asked for by the pages of a built site, one per file (two pages asking for one file must
 * agree). `known`: pages already read while the site was being written, with what they ask for.
 */
export function cardsOfSite(
	siteDir: string,
	known?: ReadonlyMap<string, PageCard | null>,
): Map<string, PageCard> {
	const out = new Map<string, PageCard>();
	for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
		const card = known?.has(file) ? known.get(file) : readCard(join(siteDir, file));
		if (!card) continue;
		const prev = out.get(card.file);
		if (prev && JSON.stringify(prev) !== JSON.stringify(card))
			throw new Error(
				`${file}: its social card ${card.file} differs from another page's card of the same file.`,
			);
		out.set(card.file, card);
	}
	return out;
}

// ── Rendering while Astro builds ──

/**
 * Astro writes the pages one by one, on one core; the other core is idle meanwhile. While the
 * build runs, one card thread renders into the cache the cards it is told to expect and those of
 * the pages already written, so renderCards afterwards finds many of them there. Only an
 * optimisation: renderCards still reads every finished page and renders whatever is missing; a
 * page read while being written is read again later. Not started on a single core (it would slow
 * the build down).
 */
interface Early {
	siteDir: string;
	/** Cache files it rendered. */
	rendered: Set<string>;
	/** Pages it read whole (their head), with the card each asks for (null: none). */
	read: Map<string, PageCard | null>;
	stop: () => Promise<void>;
}
let early: Early | undefined;

/**
 * What the cache held after the last build (renderCards writes it): the renderer's version and
 * how many cards the site had. A cache holding at least as many cards of this version is warm:
 * the few cards a build changes are rendered as their pages are written or after Astro, and the
 * cards are not worked out from the dataset (~0.4 s of CPU beside Astro).
 */
const WARM_RECORD = 'last-build.json';
export function cacheIsWarm(cacheDir: string): boolean {
	try {
		const last = JSON.parse(readFileSync(join(cacheDir, WARM_RECORD), 'utf8')) as {
			v: number;
			cards: number;
		};
		if (last.v !== RENDERER_VERSION) return false;
		return readdirSync(cacheDir).filter((f) => f.endsWith('.png')).length >= last.cards;
	} catch {
		return false;
	}
}

export function startCardsDuringBuild(
	siteDir: string,
	{ expected, cacheDir = CARD_CACHE }: { expected?: () => Promise<PageCard[]>; cacheDir?: string } = {},
): void {
	if (THREADS < 2 || early) return;
	mkdirSync(cacheDir, { recursive: true });
	const read = new Map<string, PageCard | null>();
	const queued = new Set<string>();
	const queue: { card: PageCard; path: string }[] = [];
	const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
	worker.unref();
	let busy: string | undefined;
	let stopping = false;
	let idle: (() => void) | undefined;
	const state: Early = { siteDir, rendered: new Set(), read, stop: async () => {} };
	const feed = () => {
		if (busy) return;
		if (stopping) return idle?.();
		const job = queue.shift();
		if (!job) return;
		busy = job.path;
		worker.postMessage(job);
	};
	worker.on('message', (m: { error?: string }) => {
		if (!m.error && busy) state.rendered.add(busy); // a failed card is left to renderCards, which reports it
		busy = undefined;
		feed();
	});
	worker.on('error', () => {
		stopping = true;
		busy = undefined;
		idle?.();
	});
	const scan = () => {
		if (stopping || !existsSync(siteDir)) return;
		for (const file of pagesBeingWritten(siteDir)) {
			if (read.has(file)) continue;
			let card: PageCard | null | undefined;
			try {
				card = readCard(join(siteDir, file), true);
			} catch {
				continue;
			}
			if (card === undefined) continue; // still being written: read again at the next scan
			read.set(file, card);
			if (!card) continue;
			const path = join(cacheDir, `${cardKey(card)}.png`);
			if (queued.has(path) || existsSync(path)) continue;
			queued.add(path);
			queue.push({ card, path });
		}
		feed();
	};
	// The cards known before the pages exist (a unit in an edition, a ranking: from the dataset)
	// are queued at once, unless the cache is warm; the pages' own cards join the queue as Astro
	// writes them. A card the pages do not ask for in the end is rendered for nothing, nothing
	// worse (renderCards goes by the pages).
	void (cacheIsWarm(cacheDir) ? undefined : expected?.())
		?.then((cards) => {
			for (const card of cards) {
				const path = join(cacheDir, `${cardKey(card)}.png`);
				if (queued.has(path) || existsSync(path)) continue;
				queued.add(path);
				queue.push({ card, path });
			}
			feed();
		})
		.catch(() => {}); // unreadable data: the checks beside Astro stop the build and say why
	const timer = setInterval(scan, 400);
	timer.unref();
	state.stop = async () => {
		clearInterval(timer);
		stopping = true;
		if (busy) await new Promise<void>((done) => (idle = done));
		await worker.terminate();
	};
	early = state;
}

/**
 * The HTML files Astro has written so far into `dir`. Astro creates and removes folders of its own
 * (`.prerender`, …) while it runs: dot-folders are skipped and a folder that vanishes between
 * listing and reading is passed over, so a scan never throws from inside its timer (which would
 * end the build).
 */
export function pagesBeingWritten(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string, rel: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(d, { withFileTypes: true });
		} catch {
			return; // removed while we looked
		}
		for (const e of entries) {
			if (e.name.startsWith('.')) continue;
			const r = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(join(d, e.name), r);
			else if (e.name.endsWith('.html')) out.push(r);
		}
	};
	walk(dir, '');
	return out;
}

/** Stops the renderer started for `siteDir`; tells which cache files it rendered and which pages it read. */
async function stopEarly(siteDir: string): Promise<Pick<Early, 'rendered' | 'read'>> {
	if (!early || early.siteDir !== siteDir) return { rendered: new Set(), read: new Map() };
	const e = early;
	early = undefined;
	await e.stop();
	return e;
}

let fontHash: string | undefined;
/** Cache key of a card: its words, the renderer's version, the fonts. */
export function cardKey(card: PageCard): string {
	fontHash ??= createHash('sha256')
		.update(Buffer.concat(loadFonts().map((f) => f.data)))
		.digest('hex');
	const { file: _file, ...words } = card;
	return createHash('sha256')
		.update(JSON.stringify({ v: RENDERER_VERSION, fontHash, words }))
		.digest('hex')
		.slice(0, 32);
}

export interface CardStats {
	cards: number;
	rendered: number;
	reused: number;
	/** Threads that rendered (0 when every card came from the cache, 1 when this one did). */
	threads: number;
	/** Cards rendered while Astro was building (startCardsDuringBuild): in the cache, counted as rendered. */
	renderedEarly: number;
	seconds: number;
	cacheDir: string;
}

/** Renders (or takes from the cache) every card the site's pages ask for, into the site folder. */
export async function renderCards(siteDir: string, cacheDir = CARD_CACHE): Promise<CardStats> {
	const started = performance.now();
	const early = await stopEarly(siteDir);
	const cards = [...cardsOfSite(siteDir, early.read).values()];
	mkdirSync(cacheDir, { recursive: true });
	const cached = new Map(cards.map((c) => [c, join(cacheDir, `${cardKey(c)}.png`)]));
	// Two pages' cards with the same words share one cache file: render it once.
	const missing = new Map<string, PageCard>();
	for (const [card, path] of cached) if (!existsSync(path) && !missing.has(path)) missing.set(path, card);
	const threads = await renderAll([...missing].map(([path, card]) => ({ card, path })));
	const renderedEarly = new Set([...cached.values()].filter((p) => early.rendered.has(p))).size;
	for (const [card, path] of cached) {
		const target = join(siteDir, card.file);
		if (relative(siteDir, target).startsWith('..'))
			throw new Error(`Card file outside the site: ${card.file}`);
		linkOrCopy(path, target);
	}
	writeFileSync(join(cacheDir, WARM_RECORD), JSON.stringify({ v: RENDERER_VERSION, cards: cached.size }));
	return {
		cards: cards.length,
		rendered: missing.size + renderedEarly,
		reused: cards.length - missing.size - renderedEarly,
		threads,
		renderedEarly,
		seconds: (performance.now() - started) / 1000,
		cacheDir,
	};
}
