/**
 * The markup of the values that tables repeat by the thousand (a score, a rank change, a gap's
 * mark, a chart table's cell, a string from data/), written as strings: the bytes the Astro
 * components Gap, Score, Change, DataText and a chart table's cell wrote, without an Astro
 * component per cell (a 2,070-page build made ~56,000 of them). Templates put the result in
 * its element with `set:html`, e.g. `<td class="num" set:html={scoreHtml(v, locale)} />`; the
 * components of the same names wrap these functions for the places that show one value.
 * test/unit/value-markup.test.ts checks the bytes against Astro templates.
 */
import { el, text } from './charts/markup.ts';
import { GAP_MARKS, type GapKind } from './data/gaps.ts';
import { dataText } from './data-text.ts';
import {
	describeRankChange,
	formatRankChange,
	formatScore,
	formatScoreDelta,
	type Locale,
} from './format.ts';
import { t } from './i18n.ts';

/**
 * A value that is not there, named by its kind (src/lib/data/gaps.ts): the kind's mark for the
 * eye, its words for screen readers, or (`words`) the words alone, where there is room and no
 * legend (stat cards). No tooltip: marks repeat hundreds of times in a ranking table; the legend
 * under the table explains each mark it uses.
 */
export function gapHtml(kind: GapKind, locale: Locale, words = false): string {
	const label = text(t(locale).gaps[kind]);
	return words
		? `<span class="na gap-words">${label}</span>`
		: `<span class="na"><span aria-hidden="true">${text(GAP_MARKS[kind])}</span><span class="visually-hidden">${label}</span></span>`;
}

/**
 * A score in the locale's format (`digits`: the decimals printed by the source, when fewer than
 * four), or the mark of why it is missing (default: published but not in our data).
 */
export function scoreHtml(
	value: number | undefined,
	locale: Locale,
	{ digits, gap = 'not_in_record' }: { digits?: number; gap?: GapKind } = {},
): string {
	return value === undefined
		? gapHtml(gap, locale)
		: `<span>${text(formatScore(value, locale, digits))}</span>`;
}

/**
 * A rank change (places, positive = up) or a score change, coloured and spoken; or the mark of
 * why there is none (`changeGaps` of the row; default: not comparable).
 */
export function changeHtml(
	{ rank, score, gap = 'not_comparable' }: { rank?: number; score?: number; gap?: GapKind },
	locale: Locale,
): string {
	const value = rank ?? score;
	if (value === undefined) return gapHtml(gap, locale);
	const cls = value === 0 ? '' : value > 0 ? 'up' : 'down';
	if (rank === undefined) return el('span', { class: cls }, text(formatScoreDelta(score, locale)));
	const spoken = describeRankChange(rank, locale);
	return el(
		'span',
		{ class: cls, title: spoken },
		el('span', { 'aria-hidden': 'true' }, text(formatRankChange(rank, locale))) +
			el('span', { class: 'visually-hidden' }, text(spoken)),
	);
}

/**
 * A value in a chart's data table: its text, or the mark of its kind of gap (the table's legend
 * explains it), or nothing where there is nothing to miss (a unit that did not exist yet, the
 * rank of a mean).
 */
export function cellHtml({ text: value, gap }: { text?: string; gap?: GapKind }, locale: Locale): string {
	return value !== undefined ? text(value) : gap ? gapHtml(gap, locale) : '';
}

/**
 * A string from data/ recorded in Vietnamese only, as the page's language shows it: English where
 * src/lib/data-text.ts has it, else the Vietnamese marked `lang="vi"` (plain text on Vietnamese pages).
 */
export function dataTextHtml(value: string, locale: Locale): string {
	const x = dataText(value, locale);
	return x.lang ? el('span', { lang: x.lang }, text(x.text)) : text(x.text);
}
