/**
 * Narrative over the real site built at /dti/: every edition has its overview on the edition
 * page, showing the national DTI where one was published; articles have pages, appear in the
 * index and the feed with base-correct links; unit names link to pages that exist; unit
 * profiles list the articles that mention them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { formatScore } from '../../src/lib/format.ts';
import { visibleText } from './page-text.ts';

const dir = inject('siteDir');
const base = inject('siteBase');
const root = join(import.meta.dirname, '../..');
const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const text = visibleText;

/** Frontmatter of a content file, read with the same schema the build uses. */
function frontmatter(file: string) {
	const src = readFileSync(file, 'utf8');
	const yaml = src.slice(4, src.indexOf('\n---', 4));
	// The YAML used in content/ is flat enough for a tiny reader: only the keys tested here.
	const get = (key: string) => yaml.match(new RegExp(`^${key}: (.*)$`, 'm'))?.[1];
	return { title: JSON.parse(get('title')!), editions: JSON.parse(get('editions')!) as number[] };
}

const years = readdirSync(join(root, 'data/editions')).map(Number).sort();
const articles = readdirSync(join(root, 'content/articles')).filter((f) => f.endsWith('.mdx'));

describe('edition overviews', () => {
	it('every edition has an overview file', () => {
		expect(years).toEqual([2020, 2021, 2022, 2023, 2024]);
		for (const y of years) expect(existsSync(join(root, `content/editions/${y}.mdx`)), `${y}.mdx`).toBe(true);
	});

	it.each(years)(
		'DTI %i: the edition page shows the overview and, where published, the national value',
		(year) => {
			const html = page(String(year));
			expect(html).toContain(`id="overview-${year}"`);
			expect(html).toContain(
				frontmatter(join(root, `content/editions/${year}.mdx`))
					.title.replace(/"/g, '&quot;')
					.slice(0, 20),
			);
			const edition = JSON.parse(readFileSync(join(root, `data/editions/${year}/edition.json`), 'utf8'));
			const overview = html.slice(html.indexOf(`id="overview-${year}"`));
			if (edition.national) {
				const shown = formatScore(edition.national.value, 'vi', edition.national.digits);
				expect(overview).toMatch(
					new RegExp(
						`<data class="dti-num" value="${edition.national.value}"[^>]*data-field="national"[^>]*>${shown}</data>`,
					),
				);
			} else {
				expect(overview).not.toContain('data-field="national"');
			}
		},
	);

	it('quotes real figures through the data tags (DTI 2022: Đà Nẵng 0,8002)', () => {
		expect(page('2022')).toMatch(/<data class="dti-num" value="0.8002"[^>]*>0,8002<\/data>/);
	});

	it('links each edition overview to the articles about that edition', () => {
		for (const y of years) {
			const about = articles.filter((f) =>
				frontmatter(join(root, 'content/articles', f)).editions.includes(y),
			);
			const html = page(String(y));
			for (const f of about)
				expect(html, `${y} → ${f}`).toContain(`href="${base}bai-viet/${f.replace(/\.mdx$/, '')}/"`);
		}
	});
});

describe('articles', () => {
	it('there are at least five, each with valid frontmatter and a page', () => {
		expect(articles.length).toBeGreaterThanOrEqual(5);
		for (const f of articles) {
			const html = page(`bai-viet/${f.replace(/\.mdx$/, '')}`);
			expect(html).toMatch(/<h1[\s>]/);
			expect(text(html)).toContain('Nguồn tham khảo');
		}
	});

	it('the index lists every article and offers edition and unit filters as links', () => {
		const html = page('bai-viet');
		for (const f of articles) expect(html).toContain(`href="${base}bai-viet/${f.replace(/\.mdx$/, '')}/"`);
		expect(html).toContain('href="#dti-2020"');
		expect(html).toContain('id="dti-2020"');
		expect(html).toMatch(/href="#don-vi-bac-giang"/);
		expect(html).toContain('id="don-vi-bac-giang"');
	});

	it('unit links in prose point to pages that exist, under the base', () => {
		const hrefs = new Set<string>();
		for (const path of [...years.map(String), ...articles.map((f) => `bai-viet/${f.replace(/\.mdx$/, '')}`)])
			for (const m of page(path).matchAll(/<a href="([^"]+)" class="unit-link"/g)) hrefs.add(m[1]);
		expect(hrefs.size).toBeGreaterThan(10);
		for (const h of hrefs) {
			expect(h.startsWith(`${base}tinh/`) || h.startsWith(`${base}bo/`), h).toBe(true);
			expect(existsSync(join(dir, h.slice(base.length), 'index.html')), h).toBe(true);
		}
	});

	it('headings are never linked', () => {
		for (const f of articles) {
			const html = page(`bai-viet/${f.replace(/\.mdx$/, '')}`);
			expect(html).not.toMatch(/<h[1-6][^>]*>[^<]*<a [^>]*class="unit-link"/);
		}
	});

	it('unit profiles list the articles that mention them', () => {
		const html = page('tinh/bac-giang');
		expect(html).toContain('Bài viết nhắc đến');
		expect(html).toContain(`href="${base}bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/"`);
	});
});

describe('inline citations', () => {
	const pages = [...years.map(String), ...articles.map((f) => `bai-viet/${f.replace(/\.mdx$/, '')}`)];

	it.each(pages)(
		'%s: every [n] links to entry n of the numbered source list, with an accessible name',
		(path) => {
			const html = page(path);
			const cites = [
				...html.matchAll(
					/<sup class="cite"><a href="#([^"]+)" aria-label="([^"]+)"[^>]*>\[(\d+)\]<\/a><\/sup>/g,
				),
			];
			expect(cites.length, 'citations in the text').toBeGreaterThan(0);
			const list = html.slice(html.indexOf('class="narrative-sources"'));
			expect(list).toMatch(/^[^>]*>\s*<h2[^>]*>[^<]*<\/h2>\s*<ol/);
			const ids = [...list.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
			for (const [, href, label, n] of cites) {
				expect(ids[Number(n) - 1], `[${n}] → #${href}`).toBe(href);
				expect(label).toMatch(new RegExp(`^Nguồn ${n}: .+`));
			}
			// Numbered in reading order: the first citation of each source is the next number.
			const firsts = [...new Set(cites.map((c) => Number(c[3])))];
			expect(firsts).toEqual(firsts.map((_, i) => i + 1));
		},
	);

	it('every source a text lists is cited in it', () => {
		for (const path of pages) {
			const html = page(path);
			const list = html.slice(html.indexOf('class="narrative-sources"'));
			const listed = [...list.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
			for (const id of listed)
				expect(html.includes(`href="#${id}"`), `${path}: ${id} is never cited`).toBe(true);
		}
	});
});

describe('prose style', () => {
	it('no nested parentheses in any narrative text, data tags included', () => {
		for (const path of [
			...years.map(String),
			...articles.map((f) => `bai-viet/${f.replace(/\.mdx$/, '')}`),
		]) {
			const html = page(path);
			const prose = text(
				html
					.slice(html.indexOf('class="prose"'), html.indexOf('class="narrative-sources"'))
					.replace(/<(svg|details|figure)[\s\S]*?<\/\1>/g, ' '),
			);
			let depth = 0;
			for (const [i, ch] of [...prose].entries()) {
				if (ch === '(') depth++;
				if (ch === ')') depth = Math.max(0, depth - 1);
				expect(depth, `${path}: …${prose.slice(Math.max(0, i - 60), i + 20)}`).toBeLessThan(2);
			}
		}
	});
});

describe('RSS feed', () => {
	const xml = readFileSync(join(dir, 'rss.xml'), 'utf8');
	const feed = new XMLParser().parse(xml);
	const items: { title: string; link: string }[] = [feed.rss.channel.item].flat();

	it('parses and lists every article and overview', () => {
		expect(feed.rss.channel.title).toContain('DTI');
		expect(items).toHaveLength(articles.length + years.length);
		const links = items.map((i) => i.link);
		for (const f of articles)
			expect(links).toContain(`https://dti.example.org${base}bai-viet/${f.replace(/\.mdx$/, '')}/`);
		for (const y of years) expect(links).toContain(`https://dti.example.org${base}${y}/`);
	});

	it('every item link carries the base and resolves to a built page', () => {
		for (const i of items) {
			const path = new URL(i.link).pathname;
			expect(path.startsWith(base), i.link).toBe(true);
			expect(existsSync(join(dir, path.slice(base.length), 'index.html')), i.link).toBe(true);
		}
	});
});
