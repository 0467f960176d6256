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
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readFileSync,
	renameSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CARD_HEIGHT, CARD_WIDTH, type PageCard } from '../src/lib/cards/spec.ts';
import { listFiles } from './check-site.ts';
import { ROOT } from './lib.ts';

/** Bump when the design below changes: every card is rendered again. */
const RENDERER_VERSION = 1;

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

export function cardTree(card: PageCard): Node {
	const size = titleSize(card.title);
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
				h(
					'div',
					{
						display: 'flex',
						marginTop: 12,
						fontSize: size,
						fontWeight: 700,
						lineHeight: 1.15,
						maxHeight: Math.round(3 * 1.15 * size),
						overflow: 'hidden',
					},
					card.title,
				),
				h(
					'div',
					{ display: 'flex', marginTop: 'auto', gap: 28 },
					card.facts.slice(0, 3).map((f) =>
						h(
							'div',
							{
								display: 'flex',
								fontSize: 44,
								fontWeight: 700,
								color: BRAND,
								border: `3px solid ${BRAND}`,
								borderRadius: 12,
								padding: '10px 26px',
							},
							f,
						),
					),
				),
			]),
		],
	);
}

const RESVG_OPTIONS = {
	fitTo: { mode: 'width' as const, value: CARD_WIDTH },
	font: { loadSystemFonts: false },
};
/** Cards rendered at once (the rasteriser runs in threads; satori's layout in this one). */
const PARALLEL = Math.max(2, availableParallelism());

/** PNG of one card. */
export async function renderCard(card: PageCard): Promise<Buffer> {
	const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts(),
	});
	// resvg renders on libuv's thread pool: several cards rasterise at once on a multi-core machine.
	const png = await renderAsync(svg, RESVG_OPTIONS);
	return Buffer.from(png.asPng());
}

// ── Finding the cards in the built site ──

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Cards asked for by the pages of a built site, one per file (two pages asking for one file must agree). */
export function cardsOfSite(siteDir: string): Map<string, PageCard> {
	const out = new Map<string, PageCard>();
	for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(siteDir, file), 'utf8');
		const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
		const m = /<meta property="og:image" content="[^"]*" data-card="([^"]*)"/.exec(head);
		if (!m) continue;
		const card = JSON.parse(decode(m[1])) as PageCard;
		const prev = out.get(card.file);
		if (prev && JSON.stringify(prev) !== JSON.stringify(card))
			throw new Error(
				`${file}: its social card ${card.file} differs from another page's card of the same file.`,
			);
		out.set(card.file, card);
	}
	return out;
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
	seconds: number;
	cacheDir: string;
}

/** Renders (or takes from the cache) every card the site's pages ask for, into the site folder. */
export async function renderCards(siteDir: string, cacheDir = CARD_CACHE): Promise<CardStats> {
	const started = performance.now();
	const cards = cardsOfSite(siteDir);
	mkdirSync(cacheDir, { recursive: true });
	let rendered = 0;
	const place = async (card: PageCard) => {
		const cached = join(cacheDir, `${cardKey(card)}.png`);
		if (!existsSync(cached)) {
			const tmp = `${cached}.tmp-${process.pid}-${rendered}`;
			rendered++;
			writeFileSync(tmp, await renderCard(card));
			renameSync(tmp, cached);
		}
		const target = join(siteDir, card.file);
		if (relative(siteDir, target).startsWith('..'))
			throw new Error(`Card file outside the site: ${card.file}`);
		mkdirSync(dirname(target), { recursive: true });
		try {
			linkSync(cached, target);
		} catch {
			copyFileSync(cached, target);
		}
	};
	const queue = [...cards.values()];
	await Promise.all(
		Array.from({ length: PARALLEL }, async () => {
			for (let card = queue.shift(); card; card = queue.shift()) await place(card);
		}),
	);
	return {
		cards: cards.size,
		rendered,
		reused: cards.size - rendered,
		seconds: (performance.now() - started) / 1000,
		cacheDir,
	};
}
