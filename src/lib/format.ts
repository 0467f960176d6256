/**
 * Number, rank and date formatting in Vietnamese (vi-VN: decimal comma, dot for thousands)
 * and English. Every number the site prints goes through here.
 */
import { t, type Locale } from './i18n.ts';

export type { Locale };

/** A number formatter: one `Intl.NumberFormat` per locale, digits and sign, each value formatted once. */
type Formatter = (value: number) => string;
const formatters = new Map<string, Formatter>();
/** Values remembered per formatter (a build formats a few thousand distinct values; beyond this it starts over). */
const REMEMBERED = 50_000;

function numberFormat(locale: Locale, digits: number, signed = false): Formatter {
	const key = `${locale}|${digits}|${signed}`;
	let f = formatters.get(key);
	if (!f) {
		const intl = new Intl.NumberFormat(t(locale).meta.bcp47, {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto',
			useGrouping: true,
		});
		const seen = new Map<number, string>();
		f = (value) => {
			// 0 and −0 are one key of a Map but may format apart ("-0" in some locales): not remembered.
			if (value === 0) return intl.format(value);
			let text = seen.get(value);
			if (text === undefined) {
				if (seen.size >= REMEMBERED) seen.clear();
				seen.set(value, (text = intl.format(value)));
			}
			return text;
		};
		formatters.set(key, f);
	}
	return f;
}

/** Digits of the DTI 0–1 scale as published (0.8002). */
export const SCORE_DIGITS = 4;

/**
 * A DTI score as published: 0.8002 → "0,8002" (vi) / "0.8002" (en); 1 → "1,0000". Values a
 * source printed rounded carry their own `digits` (0.71 → "0,71"), so rounding stays visible.
 * Missing → "—".
 */
export function formatScore(value: number | undefined | null, locale: Locale, digits = SCORE_DIGITS): string {
	if (value == null || Number.isNaN(value)) return '—';
	return numberFormat(locale, digits)(value);
}

/** Signed difference of two scores: "+0,0123", "−0,0040" (true minus sign), "0,0000". */
export function formatScoreDelta(delta: number | undefined | null, locale: Locale, digits = 4): string {
	if (delta == null || Number.isNaN(delta)) return '—';
	const rounded = Number(delta.toFixed(digits));
	return numberFormat(locale, digits, true)(rounded).replace('-', '−');
}

/** Integer with grouping: 6000 → "6.000" (vi). */
export function formatInt(value: number, locale: Locale): string {
	return numberFormat(locale, 0)(value);
}

/** Percentage from a number already in percent: 32.7 → "32,7%" (vi). */
export function formatPercent(value: number, locale: Locale, digits = 1): string {
	return `${numberFormat(locale, digits)(value)}%`;
}

/**
 * Rank change between editions, as places moved (positive = moved up): previous 5, current 2
 * → +3. Returns undefined unless both ranks are known.
 */
export function rankChange(current: number | undefined, previous: number | undefined): number | undefined {
	if (current == null || previous == null) return undefined;
	return previous - current;
}

/** "↑3", "↓2", "=" for a rank change; "—" when unknown. */
export function formatRankChange(change: number | undefined, locale: Locale): string {
	if (change == null) return '—';
	if (change === 0) return '=';
	const n = formatInt(Math.abs(change), locale);
	return change > 0 ? `↑${n}` : `↓${n}`;
}

/** Spoken form of a rank change for screen readers and titles: "tăng 3 bậc", "up 3 places". */
export function describeRankChange(change: number | undefined, locale: Locale): string {
	const words = t(locale).formats.rankChange;
	if (change == null) return words.unknown;
	if (change === 0) return words.same;
	return change > 0 ? words.up(change) : words.down(-change);
}

/** "2022-08-08" → "08/08/2022" (vi) or "8 August 2022" (en), without time-zone drift. */
export function formatDate(iso: string, locale: Locale): string {
	const [y, m, d] = iso.split('-').map(Number);
	return t(locale).formats.date(y, m, d);
}

const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An ordinal for English prose: 1 → "1st", 22 → "22nd", 13 → "13th"; Vietnamese keeps the number. */
export function formatOrdinal(n: number, locale: Locale): string {
	if (locale === 'vi') return formatInt(n, locale);
	return `${formatInt(n, locale)}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

/**
 * A date as a source states it, to the precision it states: "2021-10-25" → "25/10/2021",
 * "2022-08" → "tháng 8/2022", "2022" → "2022" (vi); "25 October 2021", "August 2022" (en).
 */
export function formatPartialDate(date: string, locale: Locale): string {
	const [y, m, d] = date.split('-').map(Number);
	if (d) return formatDate(date, locale);
	if (!m) return String(y);
	return t(locale).formats.month(y, m);
}

/** Rank text with ties: "15" or "15 (đồng hạng)". */
export function formatRank(rank: number | undefined, tied: boolean, locale: Locale): string {
	if (rank == null) return '—';
	if (!tied) return formatInt(rank, locale);
	return t(locale).formats.tied(String(rank));
}

/** Names joined as the locale writes a list: "A, B và C" (vi), "A, B and C" (en). */
const lists = new Map<Locale, Intl.ListFormat>();
export function formatList(names: string[], locale: Locale): string {
	let list = lists.get(locale);
	if (!list) lists.set(locale, (list = new Intl.ListFormat(t(locale).meta.bcp47, { type: 'conjunction' })));
	return list.format(names);
}
