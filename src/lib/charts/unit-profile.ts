/**
 * A unit's profile in one edition: one row per pillar or main index (and the total), the unit's
 * score as a dot against the average (a rule) and the leader (a diamond) on a shared axis.
 * Rows keep their place when the unit's value was not published ("—", no dot).
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface ProfileItem {
	key: string;
	label: string;
	value?: number;
	average?: number;
	leader?: number;
	/** Why the value, average or leader's value is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'average' | 'leader'>;
}

export interface ProfileOptions {
	width?: number;
	domain?: [number, number];
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

const LEFT = 8;

/** Lays out a dot plot of a unit's scores with average and leader markers per row. */
export function layoutUnitProfile(items: ProfileItem[], options: ProfileOptions = {}) {
	const { width = 400, domain = [0, 1], locale = 'vi', type = TYPE.narrow } = options;
	const VALUE_W = Math.round(textWidth('0,0000', type.text) + 20);
	const ROW = Math.round(type.line + 22);
	const TOP = Math.round(type.small + 10);
	const x = scaleLinear()
		.domain(domain)
		.range([LEFT + 4, width - VALUE_W]);
	const height = TOP + items.length * ROW + 8;
	const ticks = x.ticks(width < 500 ? 4 : 5);
	const labels = tickLabels(ticks, locale);
	const px = (v: number | undefined) => (v === undefined ? undefined : roundPx(x(v)));
	return {
		width,
		height,
		left: LEFT,
		type,
		tickY: Math.round(type.small),
		plotRight: roundPx(x(domain[1])),
		valueX: width - 4,
		ticks: ticks.map((t, i) => ({ x: roundPx(x(t)), label: labels[i] })),
		plot: { top: TOP - 4, bottom: height - 4 },
		rows: items.map((item, i) => {
			const top = TOP + i * ROW;
			return {
				...item,
				labelY: roundPx(top + type.text * 0.9),
				y: roundPx(top + type.line + 10),
				x: px(item.value),
				averageX: px(item.average),
				leaderX: px(item.leader),
				valueText: formatScore(item.value, locale),
			};
		}),
	};
}

export type ProfileLayout = ReturnType<typeof layoutUnitProfile>;
