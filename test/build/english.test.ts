/**
 * The English edition over the real build at /dti/ (issue 12): every Vietnamese page has its
 * English twin under /en/ at the same route and the reverse; hreflang alternates (vi, en,
 * x-default) are reciprocal and resolve; every page says its language; English pages carry no
 * unmarked Vietnamese text and print numbers with a decimal point; the English narrative is
 * rendered; sitemap and feeds exist per language.
 *
 * The rule for Vietnamese on English pages (test/lib/lang-text.ts): text in Vietnamese letters
 * is allowed only inside an element marked lang="vi" — unit names in their Vietnamese form,
 * quotations, titles of Vietnamese sources and of texts not yet translated. English unit names
 * come from the registry and have no Vietnamese letters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseTags, readSite, type SiteFiles } from '../../scripts/check-site.ts';
import { langRuns, unmarkedVietnamese } from '../lib/lang-text.ts';

const SITE_URL = 'https://dti.example.org';
const base = inject('siteBase');
let cached: SiteFiles | undefined;
const built = () => (cached ??= readSite(inject('siteDir')));
const html = (file: string) => built().pages.find((p) => p.file === file)!.html;
const isEnglish = (file: string) => file.startsWith('en/');
/** The Vietnamese counterpart of an English file and the reverse. */
const twinFile = (file: string) => (isEnglish(file) ? file.slice(3) : `en/${file}`);
/** Site file of an absolute URL of the site. */
const fileOf = (url: string) => {
	const path = new URL(url).pathname.slice(base.length);
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const alternates = (page: string) =>
	Object.fromEntries(
		parseTags(page)
			.filter((t) => t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang)
			.map((t) => [t.attrs.hreflang, t.attrs.href]),
	);

describe('every page in both languages', () => {
	it('every Vietnamese page has an English twin and every English page a Vietnamese one', () => {
		const pages = built().pages.map((p) => p.file);
		const set = new Set(pages);
		const orphans = pages.filter((f) => !set.has(twinFile(f)));
		expect(orphans, `pages without a twin: ${orphans.slice(0, 20).join(', ')}`).toEqual([]);
		const en = pages.filter(isEnglish).length;
		expect(en).toBeGreaterThan(100);
		expect(en * 2).toBe(pages.length);
	});

	it('every page states its language on <html>: vi at the root, en under /en/', () => {
		const wrong = built()
			.pages.filter(
				(p) => p.html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] !== (isEnglish(p.file) ? 'en' : 'vi'),
			)
			.map((p) => p.file);
		expect(wrong).toEqual([]);
	});

	it('hreflang alternates vi, en and x-default point to the two twins, resolve, and are reciprocal', () => {
		const problems: string[] = [];
		for (const p of built().pages) {
			const alt = alternates(p.html);
			const vi = isEnglish(p.file) ? twinFile(p.file) : p.file;
			const en = isEnglish(p.file) ? p.file : twinFile(p.file);
			if (!alt.vi || !alt.en || !alt['x-default']) {
				problems.push(`${p.file}: missing hreflang (${Object.keys(alt).join(', ') || 'none'})`);
				continue;
			}
			if (!alt.vi.startsWith(SITE_URL + base))
				problems.push(`${p.file}: vi alternate ${alt.vi} outside the site`);
			if (fileOf(alt.vi) !== vi) problems.push(`${p.file}: vi → ${alt.vi}`);
			if (fileOf(alt.en) !== en) problems.push(`${p.file}: en → ${alt.en}`);
			if (alt['x-default'] !== alt.vi) problems.push(`${p.file}: x-default is not the Vietnamese page`);
			const back = alternates(html(fileOf(isEnglish(p.file) ? alt.vi : alt.en)));
			if (back.vi !== alt.vi || back.en !== alt.en) problems.push(`${p.file}: its twin's alternates differ`);
		}
		expect(problems.slice(0, 20)).toEqual([]);
	});

	it('the language switch of every page links to its twin, in the twin’s language', () => {
		const problems: string[] = [];
		for (const p of built().pages) {
			const sw = parseTags(p.html).find(
				(t) => t.name === 'a' && t.attrs.hreflang && (t.attrs.class ?? '').startsWith('lang-switch'),
			);
			const want = (isEnglish(p.file) ? 'vi' : 'en') as string;
			if (!sw) problems.push(`${p.file}: no language switch`);
			else if (sw.attrs.hreflang !== want || sw.attrs.lang !== want)
				problems.push(`${p.file}: switch to ${sw.attrs.hreflang}`);
			else if (fileOf(new URL(sw.attrs.href, SITE_URL).href) !== twinFile(p.file))
				problems.push(`${p.file}: switch → ${sw.attrs.href}`);
		}
		expect(problems.slice(0, 20)).toEqual([]);
	});
});

describe('English pages read in English', () => {
	it('carry no Vietnamese text outside elements marked lang="vi"', () => {
		const found: string[] = [];
		for (const p of built().pages.filter((x) => isEnglish(x.file)))
			for (const r of unmarkedVietnamese(p.html)) found.push(`${p.file} (${r.path}): ${r.text.slice(0, 80)}`);
		expect(found.slice(0, 25), `${found.length} unmarked Vietnamese runs`).toEqual([]);
	});

	it('print numbers with a decimal point: data values in en format, no 0,xxxx score outside Vietnamese text', () => {
		const bad: string[] = [];
		for (const p of built().pages.filter((x) => isEnglish(x.file))) {
			for (const m of p.html.matchAll(
				/<data class="dti-num" value="(-?\d+(?:\.\d+)?)"[^>]*>([^<]*)<\/data>/g,
			))
				if (/\d,\d/.test(m[2]) && !/\d,\d{3}(?!\d)/.test(m[2]))
					bad.push(`${p.file}: <data value=${m[1]}> ${m[2]}`);
			for (const r of langRuns(p.html))
				if (!r.lang.startsWith('vi') && /(?<![\d.,])0,\d{2,4}(?!\d)/.test(r.text))
					bad.push(`${p.file}: ${r.text.slice(0, 60)}`);
		}
		expect(bad.slice(0, 20)).toEqual([]);
	});

	it('the English DTI 2022 overview quotes Da Nang’s score from the data in English format', () => {
		const page = html('en/2022/index.html');
		expect(page).toMatch(/<data class="dti-num" value="0.8002"[^>]*>0\.8002<\/data>/);
		expect(page).toContain('came first for the third year running');
		expect(html('2022/index.html')).toMatch(/<data class="dti-num" value="0.8002"[^>]*>0,8002<\/data>/);
	});

	it('every English edition page has its English overview, and the translated articles are in English', () => {
		for (const y of [2020, 2021, 2022, 2023, 2024]) {
			const page = html(`en/${y}/index.html`);
			expect(page, `${y}`).toContain(`id="overview-${y}"`);
			expect(page.slice(page.indexOf(`id="overview-${y}"`)), `${y}`).toContain('class="narrative" lang="en"');
		}
		for (const slug of ['sau-bai-hoc-tu-dti-2020', 'bon-nam-chuyen-doi-so-quoc-gia'])
			expect(html(`en/bai-viet/${slug}/index.html`), slug).toContain('class="narrative" lang="en"');
		expect(html('en/bai-viet/sau-bai-hoc-tu-dti-2020/index.html')).toContain('Six lessons');
	});

	it('a translated article shows the original’s publication date, then the day it was translated', () => {
		const byline = (file: string) =>
			html(file)
				.match(/<p class="article-byline"[^>]*>([\s\S]*?)<\/p>/)![1]
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ');
		const vi = byline('bai-viet/sau-bai-hoc-tu-dti-2020/index.html');
		const en = byline('en/bai-viet/sau-bai-hoc-tu-dti-2020/index.html');
		expect(vi).toMatch(/^Đăng ngày 23\/11\/2026 · /);
		expect(en).toMatch(/^Published 23 November 2026 · Translated 1 December 2026 · /);
	});

	it('an article not yet translated is an English page with a note and a link to the original, not the Vietnamese text', () => {
		const note = html('en/bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/index.html');
		expect(note).toContain(`href="${base}bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/" hreflang="vi"`);
		expect(note).not.toContain('class="narrative"');
		expect(note).toMatch(/<h1 lang="vi"[ >]/);
	});

	it('English unit pages name units with the registry’s English names', () => {
		const page = html('en/tinh/da-nang/index.html');
		expect(page).toMatch(/<h1[^>]*>[^<]*Da Nang/);
		expect(html('en/bo/bo-tai-chinh/index.html')).toContain('Ministry of Finance');
	});
});

describe('discovery per language', () => {
	it('the sitemap lists each page with its twin as xhtml:link alternates', () => {
		const dir = inject('siteDir');
		const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
		const home = `${SITE_URL}${base}`;
		expect(xml).toContain(`<loc>${home}en/2022/tinh/</loc>`);
		expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${home}en/2022/tinh/"/>`);
		expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${home}2022/tinh/"/>`);
	});

	it('there is an RSS feed per language, each with its own texts and links', () => {
		const dir = inject('siteDir');
		const vi = readFileSync(join(dir, 'rss.xml'), 'utf8');
		const en = readFileSync(join(dir, 'en/rss.xml'), 'utf8');
		expect(vi).toContain('<language>vi-VN</language>');
		expect(en).toMatch(/<language>en(-[A-Z]{2})?<\/language>/);
		expect(en).not.toContain(`${base}bai-viet/`);
		expect(vi).not.toContain(`${base}en/`);
		expect(en).toContain(`${base}en/bai-viet/sau-bai-hoc-tu-dti-2020/`);
		expect(en).toContain(`${base}en/2022/`);
		expect(existsSync(join(dir, 'en/404.html'))).toBe(true);
	});
});
