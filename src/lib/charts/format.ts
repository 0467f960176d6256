/**
 * Number formats for chart ticks and labels: d3-format with the Vietnamese locale (decimal
 * comma, dot for thousands) and English, plus the rounding every layout applies to coordinates.
 */
import { formatLocale, type FormatLocaleObject } from 'd3';
import type { Locale } from '../format.ts';

const LOCALES: Record<Locale, FormatLocaleObject> = {
	vi: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ''] }),
	en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] }),
};

/** Rounds a coordinate to a tenth of a pixel, so SVG output is stable and compact (−0 becomes 0). */
export function roundPx(n: number): number {
	return Math.round(n * 10) / 10 + 0;
}

const formats = new Map<string, (n: number) => string>();

/** A d3-format specifier in the given locale: fmt('.2f', 'vi')(0.5) → "0,50" (each made once). */
export function fmt(specifier: string, locale: Locale = 'vi'): (n: number) => string {
	const key = `${locale}|${specifier}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = LOCALES[locale].format(specifier)));
	return f;
}

/**
 * Tick labels in the given locale, with the digits d3's tickFormat would choose for the step, or
 * more where a tick needs them to be exact (a legend at 0,45 · 0,65 · 0,85 must not read
 * "0,5 · 0,7 · 0,8"); at most 4 digits, the precision DTI scores are published with.
 */
export function tickLabels(ticks: number[], locale: Locale = 'vi'): string[] {
	const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
	const exact = (d: number) => ticks.every((t) => Math.abs(Number(t.toFixed(d)) - t) < 1e-9);
	let digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
	while (digits < 4 && !exact(digits)) digits++;
	const f = fmt(`,.${digits}f`, locale);
	return ticks.map((t) => f(t));
}

/** Cuts a label to `max` characters with an ellipsis (the full text goes in a `<title>`). */
export function truncate(label: string, max: number): string {
	const chars = [...label];
	return chars.length <= max
		? label
		: `${chars
				.slice(0, Math.max(1, max - 1))
				.join('')
				.trimEnd()}…`;
}

/** Rough rendered width of a label at the chart font size (no layout engine at build time). */
export function textWidth(label: string, fontSize = 12): number {
	return [...label].length * fontSize * 0.6;
}
