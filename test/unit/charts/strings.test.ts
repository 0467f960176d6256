import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../../src/lib/charts/strings.ts';
import { LOCALES, t } from '../../../src/lib/i18n.ts';

describe('chartStrings()', () => {
	it.each(LOCALES)('is the charts part of the %s locale table', (locale) => {
		expect(chartStrings(locale)).toBe(t(locale).charts);
	});
	it('speaks the language asked for', () => {
		expect(chartStrings('vi').dataTable).toBe('Xem số liệu của biểu đồ');
		expect(chartStrings('en').dataTable).toBe('Show the chart data');
		expect(chartStrings('vi').barsTitle('Cấp tỉnh', 10)).toBe('10 đơn vị đứng đầu — Cấp tỉnh');
		expect(chartStrings('en').barsTitle('Provinces', 10)).toBe('Top 10 — Provinces');
	});
	it('mentions ties and missing values in a description only when there are some', () => {
		expect(chartStrings('vi').barsDesc(63, 0, 0)).not.toMatch(/đồng hạng|chưa có điểm/);
		expect(chartStrings('vi').barsDesc(63, 2, 1)).toMatch(/Có 1 nhóm đồng hạng.*2 đơn vị chưa có điểm/);
		expect(chartStrings('en').barsDesc(63, 1, 2)).toMatch(
			/2 groups of tied ranks.*1 unit has no published score/,
		);
		expect(chartStrings('en').barsDesc(63, 2, 1)).toMatch(
			/1 group of tied ranks.*2 units have no published score/,
		);
	});
});
