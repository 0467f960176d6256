import { describe, expect, it } from 'vitest';
import { layoutBarRanking } from '../../../src/lib/charts/bar-ranking.ts';
import { dodge, layoutDistribution } from '../../../src/lib/charts/distribution.ts';
import { layoutUnitProfile } from '../../../src/lib/charts/unit-profile.ts';
import { layoutScatter, linearFit } from '../../../src/lib/charts/scatter.ts';
import { fmt, roundPx, textWidth, tickLabels, truncate } from '../../../src/lib/charts/format.ts';
import { layoutRankChange } from '../../../src/lib/charts/rank-change.ts';
import { layoutHeatmap } from '../../../src/lib/charts/heatmap.ts';
import { formatScore } from '../../../src/lib/format.ts';
import { darkFill, sequentialColor } from '../../../src/lib/charts/scales.ts';

/** Every number in a JSON-serialised layout has at most one decimal. */
function allRounded(layout: unknown): boolean {
	const nums: number[] = [];
	JSON.stringify(layout, (_k, v) => (typeof v === 'number' && nums.push(v), v));
	return nums.every((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9);
}

describe('chart format helpers', () => {
	it('formats in vi-VN: decimal comma, dot for thousands', () => {
		expect(fmt(',.2f')(12345.678)).toBe('12.345,68');
		expect(fmt(',.2f', 'en')(12345.678)).toBe('12,345.68');
		expect(tickLabels([0, 0.2, 0.4])).toEqual(['0,0', '0,2', '0,4']);
		expect(tickLabels([0, 0.05, 0.1])).toEqual(['0,00', '0,05', '0,10']);
		// A map legend's ends and middle keep the digits that make each exact.
		expect(tickLabels([0.45, 0.65, 0.85])).toEqual(['0,45', '0,65', '0,85']);
		expect(tickLabels([0.45, 0.65, 0.85], 'en')).toEqual(['0.45', '0.65', '0.85']);
	});
	it('keeps each locale and specifier apart when it hands a format out again', () => {
		expect([fmt(',.2f')(0.5), fmt(',.2f', 'en')(0.5), fmt(',.1f')(0.5)]).toEqual(['0,50', '0.50', '0,5']);
		expect(fmt(',.2f')).toBe(fmt(',.2f'));
		expect(fmt(',.2f')(1234.5)).toBe('1.234,50');
	});
	it('roundPx() rounds to 0.1 and never returns −0', () => {
		expect(roundPx(393.8461538)).toBe(393.8);
		expect(Object.is(roundPx(-0.01), 0)).toBe(true);
	});
	it('truncate() keeps short labels and cuts long ones with an ellipsis', () => {
		expect(truncate('Huế', 10)).toBe('Huế');
		expect(truncate('Bộ Thông tin và Truyền thông', 10)).toBe('Bộ Thông…');
	});
});

describe('sequentialColor()', () => {
	it('gets darker as the score rises (greyscale-safe) and keeps the lightest step visible', () => {
		const c = sequentialColor(0.3, 0.9);
		const lum = (hex: string) =>
			parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
		const steps = [0.3, 0.45, 0.6, 0.75, 0.9].map((v) => lum(c(v)));
		for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]);
		expect(c(0.3)).not.toBe('#ffffff');
		expect(darkFill(c(0.9))).toBe(true);
		expect(darkFill(c(0.3))).toBe(false);
	});
});

describe('layoutBarRanking()', () => {
	const rows = [
		{ id: 'a', label: 'An Giang', rank: 1, value: 0.8 },
		{ id: 'b', label: 'Bắc Ninh', rank: 2, tied: true, value: 0.7 },
		{ id: 'c', label: 'Cà Mau', rank: 2, tied: true, value: 0.7 },
		{ id: 'd', label: 'Đắk Lắk', rank: 4 },
	];
	it('has defaults: 400 wide, 0–1 domain, ticks labelled in vi-VN', () => {
		const c = layoutBarRanking(rows);
		expect(c.width).toBe(400);
		expect(c.ticks[0].label).toBe('0,0');
		expect(c.ticks[c.ticks.length - 1].label).toBe('1,0');
	});
	it('puts rank 1 at the top and keeps the given order', () => {
		const c = layoutBarRanking(rows);
		expect(c.bars.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(c.bars[0].y).toBeLessThan(c.bars[1].y);
	});
	it('brackets tied ranks and gives tied rows equal bars', () => {
		const c = layoutBarRanking(rows);
		expect(c.ties).toHaveLength(1);
		expect(c.ties[0].rank).toBe(2);
		expect(c.ties[0].y1).toBeLessThan(c.bars[1].y + 1);
		expect(c.ties[0].y2).toBeGreaterThan(c.bars[2].y);
		expect(c.bars[1].w).toBe(c.bars[2].w);
	});
	it('draws no bar for a missing value and prints "—"', () => {
		const d = layoutBarRanking(rows).bars[3];
		expect(d.w).toBe(0);
		expect(d.valueText).toBe('—');
	});
	it('scales bars from zero and rounds every coordinate to 0.1', () => {
		const c = layoutBarRanking(rows);
		expect(c.bars[0].w / c.bars[1].w).toBeCloseTo(0.8 / 0.7, 1);
		expect(allRounded(c)).toBe(true);
	});
	it('draws an average rule across the rows, labelled under them inside the chart', () => {
		const plain = layoutBarRanking(rows);
		expect(plain.average).toBeUndefined();
		const c = layoutBarRanking(rows, { average: { value: 0.5, label: 'Trung bình' } });
		expect(c.average!.text).toBe('Trung bình 0,5000');
		expect(c.average!.x).toBe(roundPx(c.x0 + (c.right - c.x0) / 2));
		// From above the first row to below the last, as one dashed path.
		expect(c.average!.d).toMatch(new RegExp(`^M[\\d.]+,${c.plot.top}V[\\d.]+$`));
		expect(Number(c.average!.d.split('V')[1])).toBeGreaterThan(c.bars[c.bars.length - 1].y + c.bars[0].h);
		expect(c.average!.labelY).toBeLessThanOrEqual(c.height);
		expect(c.height).toBeGreaterThan(plain.height);
		const right = layoutBarRanking(rows, { average: { value: 1, label: 'Average' }, locale: 'en' });
		expect(right.average!.labelX + (right.average!.text.length * 12 * 0.6) / 2).toBeLessThanOrEqual(
			right.width,
		);
		expect(allRounded(c)).toBe(true);
	});
	it('moves a value label the average rule would cross inside its bar, else interrupts the rule', () => {
		// Bars of 'b' and 'c' end just left of 0.72: their labels "0,7000" would span the rule.
		const c = layoutBarRanking(rows, { average: { value: 0.72, label: 'Trung bình' } });
		expect(c.bars.map((b) => !!b.inside)).toEqual([false, true, true, false]);
		expect(c.bars[1].valueX).toBeLessThan(c.average!.x);
		expect(c.average!.d.split('M').filter(Boolean)).toHaveLength(1);
		// Bars too short to hold their label: the rule stops at those rows instead.
		const short = [
			{ id: 'a', label: 'A', rank: 1, value: 0.9 },
			{ id: 'b', label: 'B', rank: 2, value: 0.03 },
			{ id: 'c', label: 'C', rank: 3, value: 0.01 },
		];
		const s = layoutBarRanking(short, { average: { value: 0.06, label: 'Trung bình' } });
		expect(s.bars.some((b) => b.inside)).toBe(false);
		const segments = s.average!.d.split('M').filter(Boolean);
		expect(segments).toHaveLength(2);
		expect(Number(segments[0].split('V')[1])).toBeLessThanOrEqual(s.bars[1].y);
		expect(Number(segments[1].split(',')[1].split('V')[0])).toBeGreaterThanOrEqual(s.bars[2].y + s.bars[2].h);
	});
	it('highlights the requested unit only', () => {
		expect(layoutBarRanking(rows, { highlight: 'c' }).bars.map((b) => b.highlight)).toEqual([
			false,
			false,
			true,
			false,
		]);
	});
});

describe('dodge() and layoutDistribution()', () => {
	it('stacks colliding dots so that no two overlap', () => {
		const xs = [10, 10, 10, 12, 30].map((x) => ({ x }));
		const ys = dodge(xs, 4);
		for (let i = 0; i < xs.length; i++)
			for (let j = i + 1; j < xs.length; j++)
				expect(Math.hypot(xs[i].x - xs[j].x, ys[i] - ys[j])).toBeGreaterThanOrEqual(8 - 1e-9);
		expect(ys[4]).toBe(0);
	});
	it('places every dot where it would be placed with any other unit highlighted, or none', () => {
		const items = [0.5, 0.5, 0.51, 0.5, 0.7, 0.52].map((value, i) => ({
			id: `u${i}`,
			label: `U${i}`,
			value,
		}));
		const at = (highlight?: string) =>
			Object.fromEntries(
				layoutDistribution(items, { width: 340, highlight }).dots.map((d) => [d.id, [d.x, d.y]]),
			);
		const alone = dodge(
			items.map((d) => ({ x: layoutDistribution(items, { width: 340 }).dots.find((e) => e.id === d.id)!.x })),
			4.5,
		);
		expect(new Set(alone).size).toBeGreaterThan(1);
		expect(at('u1')).toEqual(at());
		expect(at('u4')).toEqual(at('u0'));
	});
	it('draws published values only, counts the rest, draws the highlight last', () => {
		const c = layoutDistribution(
			[
				{ id: 'a', label: 'A', value: 0.5 },
				{ id: 'b', label: 'B' },
				{ id: 'c', label: 'C', value: 0.7 },
			],
			{ highlight: 'a' },
		);
		expect(c.dots.map((d) => d.id)).toEqual(['c', 'a']);
		expect(c.missing).toBe(1);
		expect(c.label?.text).toBe(`A: ${formatScore(0.5, 'vi')}`);
	});
	it('keeps the highlight label inside the chart at the edges', () => {
		const c = layoutDistribution(
			[
				{ id: 'long', label: 'Bà Rịa - Vũng Tàu', value: 0.99 },
				{ id: 'x', label: 'X', value: 0.2 },
			],
			{ highlight: 'long' },
		);
		expect(c.label?.anchor).toBe('end');
		expect(c.label!.x).toBeLessThanOrEqual(c.width);
	});
});

describe('layoutUnitProfile()', () => {
	it('places value, average and leader on one axis and leaves missing values out', () => {
		const c = layoutUnitProfile([
			{ key: 'total', label: 'Điểm DTI', value: 0.5, average: 0.4, leader: 0.8 },
			{ key: 'x', label: 'X', average: 0.4 },
		]);
		const [a, b] = c.rows;
		expect(a.averageX!).toBeLessThan(a.x!);
		expect(a.x!).toBeLessThan(a.leaderX!);
		expect(b.x).toBeUndefined();
		expect(b.valueText).toBe('—');
		expect(b.y).toBeGreaterThan(a.y);
	});
});

describe('linearFit() and layoutScatter()', () => {
	it('fits y = a + b x exactly on a line', () => {
		const f = linearFit([0, 1, 2].map((x) => ({ x, y: 1 + 2 * x })));
		expect(f.a).toBeCloseTo(1);
		expect(f.b).toBeCloseTo(2);
	});
	it('labels the outlier and no two labels overlap; skips units missing a value', () => {
		const pts = Array.from({ length: 20 }, (_, i) => ({
			id: `u${i}`,
			label: `Unit ${i}`,
			x: i / 20,
			y: i / 20,
		}));
		pts.push({ id: 'out', label: 'Outlier', x: 0.5, y: 0.05 });
		const c = layoutScatter([...pts, { id: 'none', label: 'None', x: 0.3 } as never]);
		expect(c.labels.map((l) => l.id)).toContain('out');
		expect(c.missing).toBe(1);
		expect(c.dots).toHaveLength(21);
		const ys = c.labels.map((l) => l.y);
		expect(c.labels.length).toBeGreaterThan(1);
		expect(ys.length).toBe(c.labels.length);
		expect(
			allRounded({ dots: c.dots.map((d) => [d.cx, d.cy]), labels: c.labels.map((l) => [l.x, l.y]) }),
		).toBe(true);
	});
});

describe('layoutRankChange()', () => {
	const rows = [
		{ id: 'a', label: 'An Giang', rank: 1, previous: 5 },
		{ id: 'b', label: 'Bắc Ninh', rank: 2, previous: 1 },
		{ id: 'c', label: 'Cà Mau', rank: 3, previous: 3 },
		{ id: 'd', label: 'Đắk Lắk', rank: 4 },
		{ id: 'e', label: 'Gia Lai', previous: 2 },
		{ id: 'f', label: 'Hà Giang', rank: 6, previous: 20 },
	];
	const legend = { previous: 'DTI 2023', current: 'DTI 2024', up: 'tăng hạng', down: 'giảm hạng' };
	it('draws only units with both ranks, in the given order, and returns the others as gaps', () => {
		const c = layoutRankChange(rows, { outOf: 20, legend });
		expect(c.dumbbells.map((d) => d.id)).toEqual(['a', 'b', 'c', 'f']);
		expect(c.gaps.map((g) => g.id)).toEqual(['d', 'e']);
		expect(c.dumbbells[0].cy).toBeLessThan(c.dumbbells[1].cy);
	});
	it('puts rank 1 on the left, the change as places moved (up positive) with its direction', () => {
		const c = layoutRankChange(rows, { outOf: 20, legend });
		const [a, b, same, f] = c.dumbbells;
		expect(a.x).toBeLessThan(a.px);
		expect([a.change, b.change, same.change, f.change]).toEqual([4, -1, 0, 14]);
		expect([a.direction, b.direction, same.direction]).toEqual(['up', 'down', 'same']);
		expect([a.changeText, b.changeText, same.changeText]).toEqual(['↑4', '↓1', '=']);
		expect(c.ticks[0]).toEqual({ x: c.plot.x0, label: '1' });
		expect(c.ticks[c.ticks.length - 1]).toEqual({ x: c.plot.x1, label: '20' });
	});
	it('names the top movers each way, larger moves first, ties by current rank', () => {
		const c = layoutRankChange(rows, { outOf: 20, movers: 2, legend });
		expect(c.movers.up.map((d) => d.id)).toEqual(['f', 'a']);
		expect(c.movers.down.map((d) => d.id)).toEqual(['b']);
		expect(c.same).toBe(1);
	});
	it('keeps every mark and label inside the chart and every coordinate rounded', () => {
		const c = layoutRankChange(rows, { width: 320, outOf: 63, legend });
		for (const d of c.dumbbells) {
			expect(Math.max(d.x, d.px) + 4).toBeLessThan(c.changeX - 20);
			expect(Math.min(d.x, d.px) - 4).toBeGreaterThan(c.labelX);
		}
		expect(c.height).toBeGreaterThan(c.dumbbells[c.dumbbells.length - 1].cy);
		for (const it of c.legend) expect(it.tx + textWidth(it.text)).toBeLessThanOrEqual(c.width);
		// Too narrow for one legend line: the directions go on a second, above the axis.
		expect(new Set(c.legend.map((it) => it.y)).size).toBe(2);
		expect(Math.max(...c.legend.map((it) => it.y))).toBeLessThan(c.axisY - 12);
		expect(new Set(layoutRankChange(rows, { width: 640, legend }).legend.map((it) => it.y)).size).toBe(1);
		expect(allRounded(c)).toBe(true);
	});
});

describe('layoutHeatmap()', () => {
	const columns = [
		{ key: 'a', label: 'Nhận thức số' },
		{ key: 'b', label: 'Thể chế số' },
		{ key: 'c', label: 'Hạ tầng số' },
	];
	const rows = [
		{ id: 'x', label: 'Hà Nội', rank: 1, values: [1, 0.9, 0.8362] },
		{ id: 'y', label: 'Huế', rank: 2, values: [0.95, undefined, 0.41] },
		{ id: 'z', label: 'Cao Bằng', rank: 3, values: [0.61, 0.41, 0.3] },
	];
	it('colours each published cell on one scale, darker for higher scores; a gap stays white with "—"', () => {
		const c = layoutHeatmap(rows, columns);
		const lum = (hex: string) =>
			parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
		expect(lum(c.rows[0].cells[0].fill)).toBeLessThan(lum(c.rows[2].cells[0].fill));
		const gap = c.rows[1].cells[1];
		expect(gap.fill).toBe('#ffffff');
		expect(gap.valueText).toBe('—');
		expect(gap.text).toBe('—');
		expect(c.domain).toEqual([0.3, 1]);
	});
	it('prints scores in the cells only where they fit, in vi-VN, white on dark fills', () => {
		const narrow = layoutHeatmap(rows, [...columns, ...columns, ...columns], { width: 340 });
		expect(narrow.printed).toBe(false);
		expect(narrow.rows[0].cells[0].text).toBe('');
		const wide = layoutHeatmap(rows, columns, { width: 640 });
		expect(wide.printed).toBe(true);
		expect(wide.rows[0].cells[2].text).toBe('0,8362');
		expect(wide.rows[0].cells[0].light).toBe(true);
		expect(wide.rows[2].cells[2].light).toBe(false);
	});
	it('has a legend over the domain with vi-VN ticks, both ends labelled, inside the chart', () => {
		const c = layoutHeatmap(rows, columns, { width: 340 });
		const labels = c.legend.ticks.map((t) => t.label);
		expect(labels[0]).toBe('0,3');
		expect(labels[labels.length - 1]).toBe('1,0');
		expect(c.legend.ticks[0].x).toBe(c.legend.x);
		expect(c.legend.ticks[c.legend.ticks.length - 1].x).toBe(c.legend.x + c.legend.w);
		expect(c.legend.x + c.legend.w).toBeLessThan(c.width);
		expect(c.legend.stops[0].color).not.toBe(c.legend.stops[c.legend.stops.length - 1].color);
	});
	it('numbers the columns and names them in a key under the grid, within the width', () => {
		const c = layoutHeatmap(rows, columns, { width: 340 });
		expect(c.header.map((h) => h.n)).toEqual([1, 2, 3]);
		for (const k of c.key) {
			expect(k.y).toBeGreaterThan(c.rows[c.rows.length - 1].y + c.cellH);
			expect(k.x + textWidth(`${k.n} ${k.label}`)).toBeLessThanOrEqual(c.width);
		}
		expect(c.key[c.key.length - 1].y).toBeLessThanOrEqual(c.height);
		const last = c.rows[0].cells[2];
		expect(last.x + c.cellW).toBeLessThanOrEqual(c.width);
		// Coordinates (not the scores the cells carry) are rounded to 0.1.
		const coords = {
			cells: c.rows.map((r) => [r.y, r.ty, ...r.cells.map((x) => x.x)]),
			header: c.header.map((h) => h.x),
			key: c.key.map((k) => [k.x, k.y]),
			legend: c.legend.ticks.map((t) => t.x),
			size: [c.width, c.height, c.cw, c.cellW, c.x0],
		};
		expect(allRounded(coords)).toBe(true);
	});
	it('names the lowest and highest cells, every cell sharing a value', () => {
		const c = layoutHeatmap(rows, columns);
		expect(c.extremes.min.map((m) => [m.unit, m.column])).toEqual([['Cao Bằng', 'Hạ tầng số']]);
		expect(c.extremes.max.map((m) => m.value)).toEqual([1]);
	});
});
