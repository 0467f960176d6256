import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/model.ts';
import { compareData, rankText } from '../../../src/lib/compare/model.ts';
import { formatSelection, parseSelection } from '../../../src/lib/compare/query.ts';
import { fixture } from '../../fixtures/dataset.ts';

describe('compare selection in the URL', () => {
	it.each([
		['?cap=tinh&dv=da-nang,ha-noi', { level: 'tinh', units: ['da-nang', 'ha-noi'] }],
		['?cap=bo&dv=bo-y-te&ky=2023', { level: 'bo', units: ['bo-y-te'], year: 2023 }],
		['', { level: 'tinh', units: [] }],
		['?cap=xx&dv=a,a,B!,c,d,e,f&ky=abc', { level: 'tinh', units: ['a', 'c', 'd', 'e'] }],
	])('parses %s', (q, sel) => {
		expect(parseSelection(q)).toEqual(sel);
	});

	it('round-trips: format(parse(format(x))) is format(x)', () => {
		const sel = { level: 'bo' as const, units: ['bo-tai-chinh', 'bo-y-te'], year: 2022 };
		const q = formatSelection(sel);
		expect(q).toBe('?cap=bo&dv=bo-tai-chinh,bo-y-te&ky=2022');
		expect(parseSelection(q)).toEqual(sel);
	});
});

describe('compareData()', () => {
	const data = buildDataset(fixture());
	const d = compareData(data, 'provinces');

	it('lists the units with a profile, current ones first, with their profile links', () => {
		expect(d.units.map((u) => [u.id, u.current])).toEqual([
			['da-nang-2025', true],
			['ha-noi', true],
			['da-nang', false],
			['quang-nam', false],
		]);
	});

	it('takes ranks, ties and sizes from the model, and says why a value is missing', () => {
		const qn = d.units.find((u) => u.id === 'quang-nam')!;
		// 2023: Hà Nội and Quảng Nam share rank 2 of 3.
		// Values the tables do not have are "…" (published, not in our data), never a bare dash.
		expect(qn.years['2023']).toMatchObject({ c: ['2/3 (đồng hạng)', '0,7000', '…', '…'] });
		expect(qn.years['2022']).toMatchObject({ c: ['…', '…', '…', '…'], h: '…' });
		// A unit formed in 2025 did not exist in 2022–2023: said in words.
		const dn25 = d.units.find((u) => u.id === 'da-nang-2025')!;
		expect(dn25.years).toEqual({ '2022': { n: 'Chưa thành lập' }, '2023': { n: 'Chưa thành lập' } });
		expect(d.editions[0].rows).toEqual(['Hạng', 'Điểm DTI', 'Chính quyền số (trụ cột)', 'Nhận thức số']);
		const dn = d.units.find((u) => u.id === 'da-nang')!;
		expect(dn.years['2022']).toEqual({ c: ['1/3', '0,8000', '…', '0,9000'], h: '0,8000 · hạng 1/3' });
		// A part the publisher gave no values for is "—" (không công bố).
		const raw = fixture();
		raw.editions[0].tables[0].unreleased = ['pillars'];
		const d2 = compareData(buildDataset(raw), 'provinces');
		expect(d2.units.find((u) => u.id === 'da-nang')!.years['2022']).toMatchObject({
			c: ['1/3', '0,8000', '—', '0,9000'],
		});
	});

	it('marks editions that published no results for the level', () => {
		const raw = fixture();
		raw.tables.find((t) => t.edition === 2023 && t.table === 'ministries')!.rows = [];
		const m = compareData(buildDataset(raw), 'ministries');
		expect(m.units.find((u) => u.id === 'bo-y-te')!.years['2023']).toEqual({
			n: 'Không công bố: kỳ này không công bố kết quả của cấp này',
		});
		expect(m.editions[0].rows).toContain('Nhóm');
	});

	it('rankText()', () => {
		expect(rankText(undefined, 63, false)).toBe('—');
		expect(rankText(5, undefined, false)).toBe('5');
		expect(rankText(15, 63, true)).toBe('15/63 (đồng hạng)');
	});
});
