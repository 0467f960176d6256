/**
 * A merged unit and the units it was formed from, in the edition published for both geographies:
 * one row per former unit (its score in the table before the merger), a row for the arithmetic
 * mean of those scores, and a row for the merged unit's published score. The mean is computed
 * only when every former unit's score is published; otherwise its row says which are missing and
 * draws nothing. Ranks are text beside each row, never positions on a shared axis.
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface MergerPart {
	id: string;
	label: string;
	value?: number;
	/** "13/63": the rank in its own table, as text. */
	rankText?: string;
	/** Why the value or rank is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface MergerOptions {
	width?: number;
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

const LEFT = 4;

/** Arithmetic mean of the parts' values, or undefined if any is unpublished. */
export function partsMean(parts: MergerPart[]): number | undefined {
	if (!parts.length || parts.some((p) => p.value === undefined)) return undefined;
	return parts.reduce((a, p) => a + p.value!, 0) / parts.length;
}

/** Lays out the former units, their mean and the merged unit's published value on one score axis. */
export function layoutMerger(parts: MergerPart[], merged: MergerPart, options: MergerOptions = {}) {
	const { width = 400, locale = 'vi', type = TYPE.narrow } = options;
	const mean = partsMean(parts);
	const values = [...parts.map((p) => p.value), merged.value].flatMap((v) => (v === undefined ? [] : [v]));
	const lo = values.length ? Math.min(...values) : 0;
	const hi = values.length ? Math.max(...values) : 1;
	const valueW = Math.round(textWidth('0,0000 · 00/00', type.text) + 8);
	const x = scaleLinear()
		.domain([Math.max(0, lo - 0.05), Math.min(1, hi + 0.05)])
		.nice(4)
		.range([LEFT + 6, width - valueW - 6]);
	const row = Math.round(type.line + type.text + 14);
	const top = Math.round(type.small + 10);
	const gap = Math.round(type.line / 2);
	const px = (v?: number) => (v === undefined ? undefined : roundPx(x(v)));
	const place = (i: number, extra: number) => {
		const t = top + i * row + extra;
		return { labelY: roundPx(t + type.text * 0.9), y: roundPx(t + type.line + 8) };
	};
	const partRows = parts.map((p, i) => ({
		...p,
		...place(i, 0),
		x: px(p.value),
		valueText: formatScore(p.value, locale),
	}));
	const meanRow = {
		...place(parts.length, gap),
		x: px(mean),
		value: mean,
		valueText: formatScore(mean, locale),
		// No mean while a former unit's score is missing: the first missing one's gap says why.
		gaps: mean === undefined ? { value: parts.find((p) => p.value === undefined)?.gaps?.value } : {},
	};
	const mergedRow = {
		...merged,
		...place(parts.length + 1, gap),
		x: px(merged.value),
		valueText: formatScore(merged.value, locale),
	};
	const height = Math.round(mergedRow.y + type.line);
	const ticks = x.ticks(width < 500 ? 4 : 6);
	const labels = tickLabels(ticks, locale);
	return {
		width,
		height,
		type,
		left: LEFT,
		valueX: width - 2,
		plot: { left: roundPx(x.range()[0]), right: roundPx(x.range()[1]), top: top - 4, bottom: height - 4 },
		/** The rule between the former units and the two rows of the merged unit. */
		divider: roundPx(top + parts.length * row + gap / 2),
		tickY: Math.round(type.small),
		ticks: ticks.map((t, i) => ({ x: roundPx(x(t)), label: labels[i] })),
		parts: partRows,
		mean: meanRow,
		merged: mergedRow,
		/** Units whose value is missing (the mean is not computed). */
		missing: parts.filter((p) => p.value === undefined).map((p) => p.label),
	};
}

export type MergerLayout = ReturnType<typeof layoutMerger>;
