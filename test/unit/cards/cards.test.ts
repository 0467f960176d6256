import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
	cardKey,
	cardTree,
	cardsOfSite,
	encodePng,
	renderCard,
	renderCards,
	pagesBeingWritten,
	cacheIsWarm,
	startCardsDuringBuild,
} from '../../../scripts/cards.ts';
import { cardFile, type PageCard } from '../../../src/lib/cards/spec.ts';

const card: PageCard = {
	kicker: 'DTI 2022 · Tỉnh, thành phố',
	title: 'Đà Nẵng',
	facts: ['Hạng 1/63', 'Điểm 0,8002'],
	site: 'Chỉ số chuyển đổi số DTI',
	lang: 'vi',
	file: 'og/2022/tinh/da-nang.png',
};
const attr = (c: PageCard) => JSON.stringify(c).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const pageWith = (c: PageCard) =>
	`<!doctype html><html lang="vi"><head><meta property="og:image" content="https://x.org/${c.file}" data-card="${attr(c)}"></head><body></body></html>`;

const work = mkdtempSync(join(tmpdir(), 'dti-cards-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, cards: PageCard[]): string {
	const dir = join(work, name);
	cards.forEach((c, i) => {
		mkdirSync(join(dir, `p${i}`), { recursive: true });
		writeFileSync(join(dir, `p${i}/index.html`), pageWith(c));
	});
	return dir;
}

describe('card files', () => {
	it('follow the page path under the base', () => {
		expect(cardFile('/dti/2022/tinh/da-nang/', '/dti/')).toBe('og/2022/tinh/da-nang.png');
		expect(cardFile('/2022/tinh/', '/')).toBe('og/2022/tinh.png');
		expect(cardFile('/dti/', '/dti/')).toBe('og/index.png');
		expect(() => cardFile('/dti/a b/', '/dti/')).toThrow(/No card file/);
	});
});

describe('the card design', () => {
	// The figures' inner boxes (each in its outline box), from the card's element tree.
	const figureSizes = (facts: string[]) => {
		const tree = cardTree({ ...card, facts }) as unknown as Tree;
		const row = tree.props.children[1].props.children[3];
		return row.props.children.map((box) => box.props.children.props.style.fontSize);
	};
	type Tree = { props: { style: { fontSize?: number }; children: Tree & Tree[] } };
	it('sets the figures smaller when together they would not fit on one line', () => {
		expect(figureSizes(['Hạng 3/63', 'Điểm 0,8335'])).toEqual([44, 44]);
		expect(figureSizes(['63 đơn vị', 'Dẫn đầu: TP. Hồ Chí Minh (cũ)'])).toEqual([44, 44]);
		expect(figureSizes(['63 units', 'Leader: Ho Chi Minh City (former)'])).toEqual([36, 36]);
	});
});

describe('card cache keys', () => {
	it('change with the words and not with the file', () => {
		expect(cardKey(card)).toBe(cardKey({ ...card, file: 'og/elsewhere.png' }));
		expect(cardKey(card)).not.toBe(cardKey({ ...card, facts: ['Hạng 2/63', 'Điểm 0,8002'] }));
		expect(cardKey(card)).not.toBe(cardKey({ ...card, title: 'Đà Nẵng (cũ)' }));
	});
});

describe('rendering the cards of a site', () => {
	it('reads each card from its page, decoding the attribute', () => {
		const dir = site('read', [card]);
		expect([...cardsOfSite(dir).values()]).toEqual([card]);
	});

	it('reads a card near the top of a long head, and finds none in a page without one', () => {
		const dir = site('long-head', [card]);
		const file = join(dir, 'p0/index.html');
		// The tag, then a long inline style: the card is read without reading the rest of the head.
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('</head>', `<style>${'a{}'.repeat(20_000)}</style></head>`),
		);
		mkdirSync(join(dir, 'plain'));
		writeFileSync(
			join(dir, 'plain/index.html'),
			'<!doctype html><html><head><title>x</title></head><body></body></html>',
		);
		expect([...cardsOfSite(dir).values()]).toEqual([card]);
	});

	it('takes the pages read while the site was written from what was read then', () => {
		const dir = site('known', [card, { ...card, title: 'Huế', file: 'og/hue.png' }]);
		const other = { ...card, title: 'Đọc khi đang viết', file: 'og/known.png' };
		const cards = [...cardsOfSite(dir, new Map([['p0/index.html', other]])).values()];
		expect(cards.map((c) => c.title)).toEqual(['Đọc khi đang viết', 'Huế']);
		expect(cardsOfSite(dir, new Map([['p1/index.html', null]])).size).toBe(1);
	});

	it('refuses two different cards for one file', () => {
		const dir = site('clash', [card, { ...card, title: 'Huế' }]);
		expect(() => cardsOfSite(dir)).toThrow(/differs from another page's card/);
	});

	it('renders a 1200×630 PNG once, then takes it from the cache while the words stay the same', async () => {
		const cache = join(work, 'cache');
		const first = await renderCards(site('a', [card]), cache);
		expect(first).toMatchObject({ cards: 1, rendered: 1, reused: 0 });
		const png = readFileSync(join(work, 'a', card.file));
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
		const again = await renderCards(site('b', [card]), cache);
		expect(again).toMatchObject({ cards: 1, rendered: 0, reused: 1 });
		expect(readFileSync(join(work, 'b', card.file)).equals(png)).toBe(true);
		const changed = await renderCards(site('c', [{ ...card, facts: ['Hạng 2/63'] }]), cache);
		expect(changed).toMatchObject({ rendered: 1, reused: 0 });
		expect(statSync(join(work, 'c', card.file)).size).toBeGreaterThan(1000);
	}, 30_000);

	it('renders many cards in worker threads, each the same PNG as rendered alone', async () => {
		const many = Array.from({ length: 20 }, (_, i) => ({
			...card,
			title: `Đơn vị ${i + 1}`,
			file: `og/many/${i}.png`,
		}));
		const stats = await renderCards(site('many', many), join(work, 'cache-many'));
		expect(stats).toMatchObject({ cards: 20, rendered: 20, reused: 0 });
		if (availableParallelism() > 1) expect(stats.threads).toBeGreaterThan(1);
		const files = many.map((c) => readFileSync(join(work, 'many', c.file)));
		expect(new Set(files.map((f) => f.toString('base64'))).size).toBe(20);
		expect(files[7].equals(await renderCard(many[7]))).toBe(true);
	}, 60_000);
});

describe('rendering while the site is being written', () => {
	it('renders the cards of pages already written, skips a page whose head is incomplete, and leaves the rest to renderCards', async () => {
		const dir = join(work, 'during');
		const cache = join(work, 'cache-during');
		mkdirSync(dir, { recursive: true });
		startCardsDuringBuild(dir, { cacheDir: cache });
		const early = { ...card, title: 'Viết sớm', file: 'og/early.png' };
		mkdirSync(join(dir, 'early'));
		writeFileSync(join(dir, 'early/index.html'), pageWith(early));
		// A page cut off inside its head: its card is not read from it.
		const cut = { ...card, title: 'Chưa viết xong', file: 'og/cut.png' };
		mkdirSync(join(dir, 'cut'));
		writeFileSync(join(dir, 'cut/index.html'), pageWith(cut).slice(0, 120));
		const earlyPath = join(cache, `${cardKey(early)}.png`);
		const parallel = availableParallelism() > 1;
		for (let i = 0; parallel && i < 200 && !existsSync(earlyPath); i++)
			await new Promise((r) => setTimeout(r, 100));
		expect(existsSync(earlyPath)).toBe(parallel);
		expect(existsSync(join(cache, `${cardKey(cut)}.png`))).toBe(false);
		// The page is finished, another one is added: renderCards renders what is missing.
		const done = { ...cut, title: 'Đã viết xong' };
		writeFileSync(join(dir, 'cut/index.html'), pageWith(done));
		const stats = await renderCards(dir, cache);
		expect(stats).toMatchObject({ cards: 2, rendered: 2, reused: 0, renderedEarly: parallel ? 1 : 0 });
		expect(existsSync(join(cache, `${cardKey(cut)}.png`))).toBe(false);
		expect(readFileSync(join(dir, 'og/cut.png')).equals(await renderCard(done))).toBe(true);
	}, 60_000);
});

describe('rendering the expected cards before their pages exist', () => {
	it('renders the cards it is told to expect into the cache while no page is written yet', async () => {
		const dir = join(work, 'expected');
		const cache = join(work, 'cache-expected');
		mkdirSync(dir, { recursive: true });
		const expected = [1, 2].map((n) => ({ ...card, title: `Đơn vị ${n}`, file: `og/u${n}.png` }));
		startCardsDuringBuild(dir, { cacheDir: cache, expected: async () => expected });
		const paths = expected.map((c) => join(cache, `${cardKey(c)}.png`));
		const parallel = availableParallelism() > 1;
		for (let i = 0; parallel && i < 300 && !paths.every((p) => existsSync(p)); i++)
			await new Promise((r) => setTimeout(r, 100));
		expect(paths.map((p) => existsSync(p))).toEqual([parallel, parallel]);
		// No page asked for them: renderCards goes by the pages and finds none.
		const stats = await renderCards(dir, cache);
		expect(stats).toMatchObject({ cards: 0, rendered: 0 });
		if (parallel) expect(readFileSync(paths[1]).equals(await renderCard(expected[1]))).toBe(true);
	}, 60_000);

	it('does not work the cards out again when the cache holds as many cards as the last build', async () => {
		const dir = join(work, 'warm');
		const cache = join(work, 'cache-warm');
		const page = { ...card, title: 'Đã có', file: 'og/warm.png' };
		mkdirSync(join(dir, 'warm'), { recursive: true });
		writeFileSync(join(dir, 'warm/index.html'), pageWith(page));
		expect(cacheIsWarm(cache)).toBe(false);
		await renderCards(dir, cache); // renders the page's card and records the cache as warm
		expect(cacheIsWarm(cache)).toBe(true);
		let asked = 0;
		startCardsDuringBuild(dir, {
			cacheDir: cache,
			expected: async () => {
				asked++;
				return [];
			},
		});
		await renderCards(dir, cache);
		expect(asked).toBe(0);
		// An emptied cache is cold again.
		rmSync(join(cache, `${cardKey(page)}.png`));
		expect(cacheIsWarm(cache)).toBe(false);
	}, 60_000);
});

describe('listing pages while Astro writes them', () => {
	it("lists the HTML pages, skips Astro's dot-folders, and passes over a folder that vanishes", () => {
		const dir = join(work, 'listing');
		mkdirSync(join(dir, 'a/b'), { recursive: true });
		mkdirSync(join(dir, '.prerender/chunks'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<html></html>');
		writeFileSync(join(dir, 'a/b/index.html'), '<html></html>');
		writeFileSync(join(dir, 'a/style.css'), '');
		writeFileSync(join(dir, '.prerender/chunks/x.html'), '');
		expect(pagesBeingWritten(dir).sort()).toEqual(['a/b/index.html', 'index.html']);
		expect(pagesBeingWritten(join(dir, 'gone'))).toEqual([]);
	});
});

describe('the PNG encoder', () => {
	const render = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	const opaque =
		'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#fff"/><circle cx="10" cy="10" r="7" fill="#0b3d6b"/><path d="M20 2 L38 18" stroke="#c00" stroke-width="1.5"/></svg>';

	it('writes an opaque image that decodes (by resvg) to exactly its pixels', () => {
		const img = render(opaque);
		const png = encodePng(img);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([40, 20]);
		const back = render(
			`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><image width="40" height="20" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
		);
		expect(back.pixels.equals(img.pixels)).toBe(true);
	});

	it('writes an image rendered over a background without checking its pixels, the same bytes as checked', () => {
		const over = new Resvg(opaque.replace('<rect width="40" height="20" fill="#fff"/>', ''), {
			background: '#ffffff',
			font: { loadSystemFonts: false },
		}).render();
		expect(encodePng(over, { opaque: true }).equals(encodePng(render(opaque)))).toBe(true);
	});

	it("leaves an image with transparent pixels to resvg's encoder", () => {
		const img = render(
			'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><circle cx="4" cy="4" r="3"/></svg>',
		);
		expect(encodePng(img).equals(img.asPng())).toBe(true);
	});
});
