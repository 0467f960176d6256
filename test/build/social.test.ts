/**
 * Social cards and sharing meta over the test build: every page has Open Graph and Twitter
 * meta (title, description where the page has one, its own URL, image, vi_VN locale); every
 * og:image is a file of the build, a PNG of 1200×630; unit-in-edition pages, rankings and
 * articles each have a card of their own that names them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../scripts/check-site.ts';
import { pageKind } from '../../scripts/bench.ts';
import { ROOT } from '../../scripts/lib.ts';
import { siteCards } from '../../src/lib/cards/pages.ts';
import { loadDataset } from '../../src/lib/data/load.ts';

const dir = inject('siteDir');
const base = inject('siteBase');
const SITE = 'https://dti.example.org';
// Embeds (nhung/, en/nhung/) are chart fragments for iframes, not pages to share.
const pages = listFiles(dir).filter((f) => f.endsWith('.html') && !/^(en\/)?nhung\//.test(f));

const meta = (html: string, key: string) => {
	const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
	return m ? m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"') : undefined;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const b = readFileSync(file);
	expect(
		b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
		`${file} is a PNG`,
	).toBe(true);
	expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('sharing meta and social cards', () => {
	it('the build has pages to check', () => {
		expect(pages.length).toBeGreaterThan(300);
	});

	it('every page has Open Graph and Twitter meta, with its own URL', () => {
		const problems: string[] = [];
		for (const f of pages) {
			const html = readFileSync(join(dir, f), 'utf8');
			const need = [
				'og:title',
				'og:url',
				'og:image',
				'og:locale',
				'og:site_name',
				'twitter:card',
				'twitter:image',
			];
			for (const k of need) if (!meta(html, k)) problems.push(`${f}: no ${k}`);
			if (meta(html, 'description') && meta(html, 'og:description') !== meta(html, 'description'))
				problems.push(`${f}: og:description differs from the description`);
			const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
			if (lang === 'vi' && meta(html, 'og:locale') !== 'vi_VN') problems.push(`${f}: og:locale is not vi_VN`);
			if (lang === 'en' && meta(html, 'og:locale') !== 'en_GB') problems.push(`${f}: og:locale is not en_GB`);
			const other = lang === 'en' ? 'vi_VN' : 'en_GB';
			if (meta(html, 'og:locale:alternate') !== other)
				problems.push(`${f}: og:locale:alternate is not ${other}`);
			if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${f}: twitter:card`);
			if (meta(html, 'twitter:image') !== meta(html, 'og:image'))
				problems.push(`${f}: twitter:image ≠ og:image`);
			const url = meta(html, 'og:url');
			const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
			if (url !== canonical) problems.push(`${f}: og:url ${url} ≠ canonical ${canonical}`);
		}
		expect(problems).toEqual([]);
	});

	it("every page's og:image is a 1200×630 PNG of the build", () => {
		const problems: string[] = [];
		const images = new Set<string>();
		for (const f of pages) {
			const image = meta(readFileSync(join(dir, f), 'utf8'), 'og:image')!;
			if (!image.startsWith(`${SITE}${base}`)) {
				problems.push(`${f}: og:image ${image} is not an absolute URL of the site`);
				continue;
			}
			images.add(image.slice(SITE.length + base.length));
		}
		for (const file of images) {
			const path = join(dir, decodeURIComponent(file));
			if (!existsSync(path)) {
				problems.push(`missing ${file}`);
				continue;
			}
			const { width, height } = pngSize(path);
			if (width !== 1200 || height !== 630) problems.push(`${file}: ${width}×${height}`);
		}
		expect(problems).toEqual([]);
		expect(images.size).toBeGreaterThan(300);
	});

	it('unit-in-edition pages, rankings and articles have cards of their own, naming them', () => {
		const problems: string[] = [];
		let checked = 0;
		for (const f of pages) {
			const kind = pageKind(f);
			if (kind !== 'unit-in-edition' && kind !== 'ranking' && kind !== 'article') continue;
			checked++;
			const html = readFileSync(join(dir, f), 'utf8');
			const image = meta(html, 'og:image')!;
			const own = `${SITE}${base}og/${f.replace(/\/index\.html$/, '')}.png`;
			if (image !== own) problems.push(`${f}: og:image ${image}, expected ${own}`);
			const card = /data-card="([^"]*)"/
				.exec(html)?.[1]
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&');
			const spec = card
				? (JSON.parse(card) as { title: string; kicker: string; facts: string[] })
				: undefined;
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
				.exec(html)?.[1]
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ');
			if (!spec || !h1?.includes(spec.title))
				problems.push(`${f}: card title "${spec?.title}" not in the heading`);
			if (kind === 'unit-in-edition' && !/^DTI \d{4} · /.test(spec?.kicker ?? ''))
				problems.push(`${f}: card kicker "${spec?.kicker}" names no edition`);
			if (
				kind === 'unit-in-edition' &&
				spec &&
				!spec.facts.some((x) =>
					f.startsWith('en/')
						? /^Rank \d+( of \d+)?$|^Score \d\.\d{2,4}$|^(Not published|Not in our data|Not assessed)$/.test(
								x,
							)
						: /^Hạng \d+(\/\d+)?$|^Điểm \d,\d{2,4}$|^(Không công bố|Chưa có trong dữ liệu|Không được đánh giá)$/.test(
								x,
							),
				)
			)
				problems.push(`${f}: card facts ${JSON.stringify(spec.facts)} have no rank or score`);
		}
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(300);
	});
});

describe('the cards a build renders before the pages exist', () => {
	it('are the cards of the unit-in-edition and ranking pages, word for word (src/lib/cards/pages.ts)', () => {
		const onPages = new Map<string, unknown>();
		for (const f of pages) {
			const kind = pageKind(f);
			if (kind !== 'unit-in-edition' && kind !== 'ranking') continue;
			const html = readFileSync(join(dir, f), 'utf8');
			const card = /data-card="([^"]*)"/.exec(html)?.[1];
			const spec = card && JSON.parse(card.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
			onPages.set(spec.file, spec);
		}
		const expected = siteCards(loadDataset(ROOT), base);
		expect(expected.length).toBe(onPages.size);
		for (const card of expected) expect(onPages.get(card.file), card.file).toEqual(card);
	});
});
