/**
 * Distribution of all units of a table on one axis (a beeswarm): each published total is a dot,
 * dots that would overlap are stacked outwards, the current unit is highlighted and labelled.
 * Units without a published total are counted, not drawn.
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface DistItem {
	id: string;
	label: string;
	value?: number;
	href?: string;
	/** Why the value is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface DistOptions {
	width?: number;
	radius?: number;
	domain?: [number, number];
	highlight?: string;
	average?: number;
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

/** Places dots along x by value and stacks collisions symmetrically (deterministic order). */
export function dodge(xs: { x: number }[], radius: number): number[] {
	const placed: { x: number; y: number }[] = [];
	const d2 = (2 * radius) ** 2;
	const order = xs.map((p, i) => ({ x: p.x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
	const ys = new Array<number>(xs.length).fill(0);
	for (const p of order) {
		for (let k = 0; ; k++) {
			const y = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * radius * 2;
			if (placed.every((q) => (q.x - p.x) ** 2 + (q.y - y) ** 2 >= d2 - 1e-9)) {
				placed.push({ x: p.x, y });
				ys[p.i] = y;
				break;
			}
		}
	}
	return ys;
}

/**
 * Offsets of `dodge()` for dots already laid out: a table's beeswarm is the same on each of its
 * units' pages (only the highlight moves), so the stacking is worked out once per table and width.
 */
const dodged = new Map<string, number[]>();
function dodgeOnce(xs: { x: number }[], radius: number): number[] {
	const key = `${radius}|${xs.map((p) => p.x).join(',')}`;
	let ys = dodged.get(key);
	if (!ys) {
		if (dodged.size >= 200) dodged.clear();
		dodged.set(key, (ys = dodge(xs, radius)));
	}
	return ys;
}

/** Lays out a beeswarm of published totals with the highlighted unit labelled above it. */
export function layoutDistribution(items: DistItem[], options: DistOptions = {}) {
	const { width = 400, highlight, average, locale = 'vi', type = TYPE.narrow } = options;
	const radius = options.radius ?? (width < 500 ? 4.5 : 6);
	// Half the widest tick label from each edge, so the end labels stay inside the frame.
	const side = Math.round(textWidth('0,00', type.small) / 2 + 4);
	const shown = items.filter((d): d is DistItem & { value: number } => d.value !== undefined);
	const values = shown.map((d) => d.value);
	const domain = options.domain ?? [
		Math.max(0, Math.min(...values) - 0.05),
		Math.min(1, Math.max(...values) + 0.05),
	];
	const x = scaleLinear()
		.domain(domain)
		.nice(5)
		.range([side, width - side]);
	const offsets = dodgeOnce(
		shown.map((d) => ({ x: x(d.value) })),
		radius,
	);
	const spread = Math.max(radius, ...offsets.map((o) => Math.abs(o) + radius));
	// Room above the dots for the unit's label and the average's label (one line each).
	const labelH = Math.round(type.line * 2 + 4);
	const mid = labelH + spread;
	const axisY = roundPx(mid + spread + 6);
	const dots = shown.map((d, i) => ({
		...d,
		x: roundPx(x(d.value)),
		y: roundPx(mid + offsets[i]),
		highlight: d.id === highlight,
		text: formatScore(d.value, locale),
	}));
	const hi = dots.find((d) => d.highlight);
	let label:
		| {
				x: number;
				y: number;
				anchor: 'start' | 'middle' | 'end';
				text: string;
				lineY: number;
				dotY: number;
				dotX: number;
		  }
		| undefined;
	if (hi) {
		const text = `${hi.label}: ${hi.text}`;
		const half = textWidth(text, type.text) / 2;
		const anchor = hi.x - half < 2 ? 'start' : hi.x + half > width - 2 ? 'end' : 'middle';
		label = {
			x: anchor === 'start' ? 2 : anchor === 'end' ? width - 2 : hi.x,
			y: Math.round(type.text),
			anchor,
			text,
			lineY: Math.round(type.text + 5),
			dotY: roundPx(hi.y - radius - 1),
			dotX: hi.x,
		};
	}
	const ticks = x.ticks(width < 500 ? 4 : 8);
	const labels = tickLabels(ticks, locale);
	return {
		width,
		height: roundPx(axisY + type.small + 10),
		radius,
		type,
		tickY: roundPx(axisY + type.small + 4),
		axisY,
		dots: [...dots.filter((d) => !d.highlight), ...dots.filter((d) => d.highlight)],
		label,
		average:
			average === undefined
				? undefined
				: {
						x: roundPx(x(average)),
						y: labelH - 5,
						anchor: hi && hi.x < x(average) ? ('start' as const) : ('end' as const),
						text: formatScore(average, locale),
					},
		ticks: ticks.map((t, i) => ({ x: roundPx(x(t)), label: labels[i] })),
		missing: items.length - shown.length,
		/** The items not drawn (no value), for the data table. */
		absent: items.filter((d) => d.value === undefined),
		plot: { top: labelH - 4, bottom: axisY },
	};
}

export type DistributionLayout = ReturnType<typeof layoutDistribution>;
