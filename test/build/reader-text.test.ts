/**
 * What readers read on the built site (test/global-setup.ts builds it at /dti/): no research
 * notes (how a value was scraped or cross-checked, § references, internal source keys) on any
 * page, and sources cited in Vietnamese, official sources first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
	decodeEntities,
	parseTags,
	readSite,
	stripRawText,
	type SiteFiles,
} from '../../scripts/check-site.ts';
import sources from '../../data/sources.json' with { type: 'json' };
import ministries from '../../data/units/ministries.json' with { type: 'json' };
import { langRuns } from '../lib/lang-text.ts';

const dir = inject('siteDir');
let cached: SiteFiles | undefined;
const built = () => (cached ??= readSite(dir));

/** Text a reader meets: the content, plus the attributes read aloud or shown on hover. */
function readerText(html: string): string {
	const stripped = stripRawText(html);
	const attrs = parseTags(stripped)
		.flatMap((t) =>
			['title', 'alt', 'aria-label', 'aria-description', 'placeholder'].map((a) => t.attrs[a] ?? ''),
		)
		.join(' ');
	const text = decodeEntities(stripped.replace(/<[^>]+>/g, ' '));
	return `${text} ${attrs}`.replace(/\s+/g, ' ');
}

const RESEARCH_WORDS = /pandas|DataFrame|scraped|read_html|§/g;
const KEYS = new RegExp(`(?<![\\w/.-])(?:${sources.map((s) => s.id).join('|')})(?![\\w-])`, 'g');

describe('research notes stay off reader pages', () => {
	it('no page contains "pandas", "DataFrame", "scraped", "read_html" or "§"', () => {
		const hits = built().pages.flatMap((p) =>
			[...readerText(p.html).matchAll(RESEARCH_WORDS)].map((m) => `${p.file}: ${m[0]}`),
		);
		expect(hits.slice(0, 20), `${hits.length} research word(s)`).toEqual([]);
	});

	it('no page shows an internal source key (A20_…, HOME21, GHMAP22, …) as text or in an id', () => {
		const hits = built().pages.flatMap((p) => {
			const ids = parseTags(stripRawText(p.html))
				.map((t) => t.attrs.id ?? '')
				.join(' ');
			return [...`${readerText(p.html)} ${ids}`.matchAll(KEYS)].map((m) => `${p.file}: ${m[0]}`);
		});
		expect(hits.slice(0, 20), `${hits.length} source key(s)`).toEqual([]);
	});

	it('no page repeats a research note of data/sources.json', () => {
		const notes = sources.flatMap((s) => ('note' in s && s.note ? [s.note.slice(0, 40)] : []));
		expect(notes.length).toBeGreaterThan(50);
		const hits = built().pages.flatMap((p) => {
			const text = readerText(p.html);
			return notes.filter((n) => text.includes(n)).map((n) => `${p.file}: ${n}`);
		});
		expect(hits.slice(0, 20), `${hits.length} note(s)`).toEqual([]);
	});
});

describe('Vietnamese pages read in Vietnamese', () => {
	// English prose gives itself away by its small words; Vietnamese has none of these (unaccented
	// "to", "in" are Vietnamese words and are left out). English names (the English names of units,
	// titles of English sources) are allowed where marked lang="en" or listed here.
	const ENGLISH =
		/\b(?:the|of|and|from|into|with|by|as|was|were|is|are|has|not|for|on|under|unchanged|merged|continues|reported|operating|dissolved|restructured)\b/gi;
	const allowed = [
		...sources.flatMap((s) => ('lang' in s && s.lang === 'en' ? [s.title] : [])),
		...ministries.map((m) => m.name_en),
	];
	const english = (text: string) => {
		const rest = allowed.reduce((t, a) => t.split(a).join(' '), text);
		return new Set([...rest.matchAll(ENGLISH)].map((m) => m[0].toLowerCase())).size >= 2;
	};

	it('no text in Vietnamese (outside lang="en") reads as English: registry notes, legal bases, notes', () => {
		const hits = built()
			.pages.filter((p) => !p.file.startsWith('en/'))
			.flatMap((p) =>
				langRuns(p.html)
					.filter((r) => r.lang.startsWith('vi') && english(r.text))
					.map((r) => `${p.file}: ${r.text.slice(0, 120)}`),
			);
		expect(hits.slice(0, 20), `${hits.length} English text run(s)`).toEqual([]);
	});

	it('a ministry that merged shows its succession and legal basis in Vietnamese, and in English on its twin', () => {
		const mic = (path: string) =>
			decodeEntities(
				stripRawText(readFileSync(join(dir, path, 'index.html'), 'utf8')).replace(/<[^>]+>/g, ' '),
			).replace(/\s+/g, ' ');
		expect(mic('bo/bo-thong-tin-va-truyen-thong')).toContain('bộ máy mới hoạt động từ 01/03/2025');
		expect(mic('bo/bo-thong-tin-va-truyen-thong')).toContain('quản lý báo chí, xuất bản chuyển sang');
		expect(mic('en/bo/bo-thong-tin-va-truyen-thong')).toContain(
			'the new apparatus has operated since 1 March 2025',
		);
		expect(mic('en/bo/bo-thong-tin-va-truyen-thong')).toContain('press and publishing management moved to');
	});
});

describe('the home page names why a figure is missing', () => {
	it('DTI 2024 ministry averages are not published (not "no figure")', () => {
		const home = decodeEntities(
			stripRawText(readFileSync(join(dir, 'index.html'), 'utf8')).replace(/<[^>]+>/g, ' '),
		);
		expect(home).toMatch(/Không công bố: Trung bình các bộ/);
		expect(home).not.toContain('Chưa có số liệu');
	});
});

describe('the leader’s own page', () => {
	const cards = (path: string) =>
		decodeEntities(
			stripRawText(readFileSync(join(dir, path, 'index.html'), 'utf8')).replace(/<[^>]+>/g, ' '),
		).replace(/\s+/g, ' ');
	it('says it leads the table instead of a difference of 0,0000 to itself, in both languages', () => {
		// Đà Nẵng: first of DTI 2022; Hà Nội second.
		expect(cards('2022/tinh/da-nang')).toContain('Dẫn đầu Dẫn đầu bảng xếp hạng');
		expect(cards('2022/tinh/da-nang')).not.toContain('Chênh lệch so với đơn vị dẫn đầu');
		expect(cards('en/2022/tinh/da-nang')).toContain('Leader Leads the table');
		expect(cards('2022/tinh/ha-noi')).toContain('Chênh lệch so với đơn vị dẫn đầu');
	});
});

describe('pages cite sources in Vietnamese', () => {
	const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
	/** Items of the first sources list of a page, as text. */
	const items = (path: string) => {
		const html = page(path);
		const list = html.slice(html.indexOf('<ul class="sources-list'));
		return [...list.slice(0, list.indexOf('</ul>')).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
			decodeEntities(m[1].replace(/<[^>]+>/g, ''))
				.replace(/\s+/g, ' ')
				.trim(),
		);
	};

	it('a ranking lists the ministry’s table first, with publisher and title', () => {
		const list = items('2022/tinh');
		expect(list[0]).toMatch(
			/^Nguồn chính thức: Bộ Thông tin và Truyền thông, “Báo cáo xếp hạng đánh giá mức độ chuyển đổi số năm 2022”/,
		);
		expect(
			list.some((l) =>
				l.startsWith('Bản sao, trang tổng hợp: Tuan04-D/opendx (GitHub), “dti_2022_map.json”, 08/11/2025'),
			),
		).toBe(true);
	});

	it('a unit page cites each source of its row with its date where the source states one', () => {
		const list = items('2020/tinh/bac-giang');
		expect(list).toContain(
			'Báo chí: Báo Bắc Giang, “Bac Giang continues to improve digital transformation ranking”, 25/10/2021. m.en.baobacgiang.com.vn — Bản tiếng Anh của Báo Bắc Giang.',
		);
	});

	it('an edition page cites its addresses as sources, not as bare host names', () => {
		const list = items('2020');
		expect(list.length).toBeGreaterThan(0);
		for (const l of list)
			expect(l).toMatch(
				/^(Nguồn chính thức|Cổng thông tin cơ quan nhà nước|Báo chí|Bản sao, trang tổng hợp): .+, “/,
			);
	});

	it('the sources page groups sources by kind, official first, and ends with notes on the data', () => {
		const html = page('nguon');
		const h2 = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
			m[1].replace(/<[^>]+>/g, '').trim(),
		);
		expect(h2.slice(0, 4).map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual([
			'Nguồn chính thức',
			'Cổng thông tin cơ quan nhà nước',
			'Báo chí',
			'Bản sao, trang tổng hợp',
		]);
		expect(h2).toContain('Ghi chú về dữ liệu');
	});
});

describe('abbreviations a reader can expand', () => {
	// Group and region short forms, office names: spelled out or inside <abbr title>. Document
	// numbers ("222/KH-UBND") are identifiers and stay as printed; a unit's other names ("Bộ
	// KH&ĐT") are listed under its full name, which spells them out.
	const SHORT = /\bDVC\b|TD&MN|BTB ?& ?DH|ĐB sông|\bKHXH\b|(?<![-/])\b(?:UBND|HĐND)\b/g;

	it('no page shows DVC, TD&MN, BTB & DH, ĐB, UBND, HĐND… outside an <abbr> that spells it out', () => {
		const hits = built().pages.flatMap((p) => {
			const html = stripRawText(p.html).replace(/<abbr\b[^>]*\btitle="[^"]+"[^>]*>[\s\S]*?<\/abbr>/g, ' ');
			return [...decodeEntities(html.replace(/<[^>]+>/g, ' ')).matchAll(SHORT)].map(
				(m) => `${p.file}: ${m[0]}`,
			);
		});
		expect(hits.slice(0, 20), `${hits.length} unexplained abbreviation(s)`).toEqual([]);
	});
});

describe('Vietnamese names, dates and regions as sources state them', () => {
	const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
	const text = (path: string) =>
		decodeEntities(stripRawText(page(path)).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

	it('calls TP. Hồ Chí Minh by its prefixed name in headings, "TP." spelled out in <abbr>', () => {
		const abbr = '<h1>\\s*<abbr title="Thành phố">TP\\.</abbr> Hồ Chí Minh';
		expect(page('2022/tinh/ho-chi-minh')).toMatch(new RegExp(abbr));
		expect(page('tinh/ho-chi-minh-2025')).toMatch(new RegExp(abbr));
		expect(page('2024/tinh')).toMatch(/<a [^>]*><abbr title="Thành phố">TP\.<\/abbr> Hồ Chí Minh<\/a>/);
	});

	it('shows only the dates the registry states: no 01/08/2008 placeholder, the end for old provinces', () => {
		for (const p of built().pages) expect(p.html.includes('01/08/2008'), p.file).toBe(false);
		expect(text('tinh/ha-giang')).toContain('Thời gian tồn tại đến 30/06/2025');
		expect(text('tinh/bac-ninh-2025')).toContain('Thời gian tồn tại từ 01/07/2025');
	});

	it('uses the resolution’s wording: “hợp nhất”, and “chưa thành lập” for a 2025 unit before 2025', () => {
		expect(text('tinh/ha-giang')).toContain(
			'Hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, lấy tên là tỉnh Tuyên Quang, từ ngày 01/07/2025.',
		);
		expect(text('tinh/bac-ninh-2025')).toContain('Chưa thành lập');
		expect(text('tinh/bac-ninh-2025')).not.toContain('đã sáp nhập');
	});

	it('lists regions north to south, then “Chưa xếp vùng” for merged units spanning regions', () => {
		const html = page('2024/tinh');
		const select = html.slice(html.indexOf('<select data-filter-region>'), html.indexOf('</select>'));
		const options = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
		expect(options).toEqual(['', 'TDMNPB', 'DBSH', 'BTB_DHMT', 'DNB', 'DBSCL', 'none']);
		expect(html).toMatch(/<tr[^>]*data-region="none"[^>]*>[\s\S]*?bac-ninh-2025/);
		expect(text('tinh/bac-ninh-2025')).toContain('Vùng Chưa xếp vùng');
		expect(text('tinh/thai-nguyen-2025')).toContain('Vùng Trung du và miền núi phía Bắc');
	});
});
