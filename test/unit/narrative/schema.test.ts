/** Narrative frontmatter: a valid entry passes, and each kind of mistake fails with its own message. */
import { describe, expect, it } from 'vitest';
import {
	narrativeSchema,
	overviewSchema,
	readingMinutes,
	assertKnownUnits,
} from '../../../src/lib/narrative/schema.ts';

const valid = {
	title: 'DTI 2022: Đà Nẵng dẫn đầu',
	summary: 'Một đoạn tóm tắt đủ dài để hiện trong danh sách bài viết.',
	date: '2023-07-12',
	lang: 'vi',
	editions: [2022],
	units: ['da-nang'],
	sources: [{ title: 'Nguồn', url: 'https://example.org/a' }],
};

function messages(data: unknown, schema = narrativeSchema): string[] {
	const r = schema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('narrativeSchema', () => {
	it('accepts a complete entry and fills defaults', () => {
		const r = narrativeSchema.parse({ ...valid, units: undefined, editions: undefined });
		expect(r.units).toEqual([]);
		expect(r.editions).toEqual([]);
		expect(r.draft).toBe(false);
	});

	it.each([
		['empty title', { title: '' }, 'title: title must not be empty'],
		['long title', { title: 'x'.repeat(141) }, 'title: title must be at most 140 characters'],
		['short summary', { summary: 'ngắn' }, 'summary: summary must be at least 20 characters'],
		['bad date', { date: '12/07/2023' }, 'date: date must be YYYY-MM-DD'],
		['bad updated', { updated: '2023-13-40' }, 'updated: updated must be YYYY-MM-DD'],
		['bad lang', { lang: 'fr' }, 'lang: lang must be "vi" or "en"'],
		['year before DTI', { editions: [2019] }, 'editions.0: editions start in 2020'],
		['fractional year', { editions: [2022.5] }, 'editions.0: editions must be whole years'],
		['unit not a slug', { units: ['Đà Nẵng'] }, 'units.0: units must be registry ids such as "da-nang"'],
		['no sources', { sources: [] }, 'sources: at least one source must be cited'],
		[
			'relative url',
			{ sources: [{ title: 'x', url: '/a' }] },
			'sources.0.url: source url must be an absolute http:// or https:// URL (https://…)',
		],
		[
			'javascript: url',
			{ sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
			'sources.0.url: source url must be an absolute http:// or https:// URL (https://…)',
		],
		[
			'no url, no publisher',
			{ sources: [{ title: 'x' }] },
			'sources.0: a source without url must name its publisher',
		],
		[
			'empty source title',
			{ sources: [{ title: '', url: 'https://e.org' }] },
			'sources.0.title: source title must not be empty',
		],
		[
			'bad source date',
			{ sources: [{ title: 'x', url: 'https://e.org', date: '2021' }] },
			'sources.0.date: source date must be YYYY-MM-DD',
		],
		[
			'cover outside public',
			{ cover: { src: '../x.png', alt: 'a' } },
			'cover.src: cover.src must be a path inside public/, e.g. "images/cover.webp"',
		],
		[
			'cover without alt',
			{ cover: { src: 'images/a.png', alt: '' } },
			'cover.alt: cover.alt must describe the image',
		],
	])('%s', (_name, patch, message) => {
		expect(messages({ ...valid, ...patch })).toEqual([message]);
	});

	it('rejects unknown keys', () => {
		expect(messages({ ...valid, tags: ['x'] })[0]).toMatch(/Unrecognized key.*tags/);
	});

	it('accepts a source without url when it names its publisher', () => {
		expect(messages({ ...valid, sources: [{ title: 'Bản tin', publisher: 'Báo X' }] })).toEqual([]);
	});
});

describe('overviewSchema', () => {
	it('needs exactly one edition', () => {
		expect(messages({ ...valid, editions: [2021, 2022] }, overviewSchema)).toEqual([
			'editions: an edition overview must name exactly one edition',
		]);
		expect(messages({ ...valid, editions: [] }, overviewSchema)).toEqual([
			'editions: an edition overview must name exactly one edition',
		]);
		expect(messages(valid, overviewSchema)).toEqual([]);
	});
});

describe('assertKnownUnits', () => {
	it('names the file and every unknown unit', () => {
		const known = new Set(['da-nang']);
		expect(() => assertKnownUnits('a.mdx', ['da-nang'], known)).not.toThrow();
		expect(() => assertKnownUnits('a.mdx', ['da-nang', 'x-y'], known)).toThrow(
			'a.mdx: frontmatter "units" names unknown unit "x-y"',
		);
	});
});

describe('readingMinutes', () => {
	it('counts words (Vietnamese syllables) at 200 a minute, ignoring tags', () => {
		expect(readingMinutes('một hai ba')).toBe(1);
		expect(readingMinutes(Array(1000).fill('chữ').join(' '))).toBe(5);
		expect(
			readingMinutes(`${Array(400).fill('chữ').join(' ')} <Value edition={2022} unit="da-nang" />`),
		).toBe(2);
	});
});
