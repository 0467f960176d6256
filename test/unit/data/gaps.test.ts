import { describe, expect, it } from 'vitest';
import { GAP_KINDS, GAP_MARKS, orderedKinds, valueGap } from '../../../src/lib/data/gaps.ts';
import { STATUSES } from '../../../src/lib/downloads/status.ts';
import { t } from '../../../src/lib/i18n.ts';

describe('the four kinds of gap', () => {
	it('are the gap statuses of the open-data files, each with its own mark and words in every locale', () => {
		expect([...GAP_KINDS].sort()).toEqual(STATUSES.filter((x) => x !== 'value').sort());
		expect(new Set(Object.values(GAP_MARKS)).size).toBe(GAP_KINDS.length);
		for (const locale of ['vi', 'en'] as const) {
			const labels = GAP_KINDS.map((k) => t(locale).gaps[k]);
			expect(new Set(labels).size).toBe(GAP_KINDS.length);
		}
		expect(t('vi').gaps).toEqual({
			not_published: 'Không công bố',
			not_in_record: 'Chưa có trong dữ liệu',
			not_comparable: 'Không so sánh được',
			not_assessed: 'Không được đánh giá',
		});
	});

	it('call a missing value "not published" only where edition.json says the publisher gave none', () => {
		expect(valueGap({ unreleased: [] }, 'rank')).toBe('not_in_record');
		expect(valueGap({ unreleased: ['pillars'] }, 'pillars')).toBe('not_published');
		expect(valueGap({ unreleased: ['pillars'] }, 'indices')).toBe('not_in_record');
		expect(valueGap({ unreleased: [], results_published: false }, 'total')).toBe('not_published');
	});

	it('list the kinds a table uses once each, in the legend order', () => {
		expect(orderedKinds(['not_comparable', undefined, 'not_published', 'not_comparable'])).toEqual([
			'not_published',
			'not_comparable',
		]);
	});
});
