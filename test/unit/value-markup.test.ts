import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAP_KINDS } from '../../src/lib/data/gaps.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { cellHtml, changeHtml, dataTextHtml, gapHtml, scoreHtml } from '../../src/lib/value-markup.ts';

// The value components' templates as Astro wrote them (test/fixtures/value-templates.astro).
let render: (props: Record<string, unknown>) => Promise<string>;
beforeAll(async () => {
	const container = await AstroContainer.create();
	const { default: Templates } = await import('../fixtures/value-templates.astro');
	render = (props) => container.renderToString(Templates as never, { props });
});

describe('value markup: the bytes of the Astro templates it replaced', () => {
	for (const locale of LOCALES) {
		it(`gapHtml, every kind, mark and words (${locale})`, async () => {
			for (const kind of GAP_KINDS)
				for (const words of [false, true])
					expect(gapHtml(kind, locale, words)).toBe(await render({ of: 'gap', kind, words, locale }));
		});
		it(`scoreHtml: values at 4 and fewer decimals, and a missing value's default and given gap (${locale})`, async () => {
			const cases = [
				{ value: 0.8002 },
				{ value: 0.24, digits: 2 },
				{ value: 1 },
				{ value: undefined },
				{ value: undefined, gap: 'not_published' as const },
			];
			for (const c of cases)
				expect(scoreHtml(c.value, locale, { digits: c.digits, gap: c.gap })).toBe(
					await render({ of: 'score', locale, ...c }),
				);
		});
		it(`changeHtml: ranks up, down and the same, score deltas, and gaps (${locale})`, async () => {
			const cases = [
				{ rank: 3 },
				{ rank: -12 },
				{ rank: 0 },
				{ score: 0.0338 },
				{ score: -0.1 },
				{ score: 0 },
				{},
				{ gap: 'not_in_record' as const },
			];
			for (const c of cases) expect(changeHtml(c, locale)).toBe(await render({ of: 'change', locale, ...c }));
		});
		it(`cellHtml: text (escaped), a gap, and nothing (${locale})`, async () => {
			const cases = [{ text: '12 (đồng hạng)' }, { text: 'A & <B>' }, { gap: 'not_assessed' as const }, {}];
			for (const c of cases) expect(cellHtml(c, locale)).toBe(await render({ of: 'cell', locale, ...c }));
			expect(cellHtml({}, locale)).toBe('');
		});
		it(`dataTextHtml: a string with an English rendering, a legal reference and one without (${locale})`, async () => {
			const cases = [
				'Bộ Thông tin và Truyền thông',
				'Quyết định 922/QĐ-BTTTT (20/05/2022)',
				'Ghi chú "riêng" & <khác>',
			];
			for (const text of cases)
				expect(dataTextHtml(text, locale)).toBe(await render({ of: 'data-text', locale, text }));
		});
	}
	it('marks an untranslated data string as Vietnamese on English pages only', () => {
		expect(dataTextHtml('Ghi chú riêng', 'en')).toBe('<span lang="vi">Ghi chú riêng</span>');
		expect(dataTextHtml('Ghi chú riêng', 'vi')).toBe('Ghi chú riêng');
	});
});
