import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, cardsOfSite, renderCards } from '../../../scripts/cards.ts';
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
});
