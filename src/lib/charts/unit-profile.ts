/**
 * A unit's profile in one edition: one row per pillar or main index (and the total), the unit's
 * score as a dot against the average (a rule) and the leader (a diamond) on a shared axis.
 * Rows keep their place when the unit's value was not published ("—", no dot).
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, tickLabels } from './format.ts';

export interface ProfileItem {
	key: string;
	label: string;
	value?: number;
	average?: number;
	leader?: number;
}

export interface ProfileOptions {
	width?: number;
	domain?: [number, number];
	locale?: Locale;
}

const LEFT = 8;
const VALUE_W = 52;
const ROW = 36;
const TOP = 22;

/** Lays out a dot plot of a unit's scores with average and leader markers per row. */
export function layoutUnitProfile(items: ProfileItem[], options: ProfileOptions = {}) {
	const { width = 400, domain = [0, 1], locale = 'vi' } = options;
	const x = scaleLinear()
		.domain(domain)
		.range([LEFT + 4, width - VALUE_W]);
	const height = TOP + items.length * ROW + 8;
	const ticks = x.ticks(5);
	const labels = tickLabels(ticks, locale);
	const px = (v: number | undefined) => (v === undefined ? undefined : roundPx(x(v)));
	return {
		width,
		height,
		left: LEFT,
		plotRight: roundPx(x(domain[1])),
		valueX: width - 4,
		ticks: ticks.map((t, i) => ({ x: roundPx(x(t)), label: labels[i] })),
		plot: { top: TOP - 4, bottom: height - 4 },
		rows: items.map((item, i) => {
			const top = TOP + i * ROW;
			return {
				...item,
				labelY: top + 11,
				y: top + 24,
				x: px(item.value),
				averageX: px(item.average),
				leaderX: px(item.leader),
				valueText: formatScore(item.value, locale),
			};
		}),
	};
}

export type ProfileLayout = ReturnType<typeof layoutUnitProfile>;
