/**
 * Headline figures of an edition (national DTI, published averages, leaders), shaped for the
 * stat cards of the home, edition and ranking pages. Only published values; gaps say so.
 */
import type { EditionView } from './model.ts';
import type { Level } from './schema.ts';
import { t } from '../i18n.ts';
import { formatScore, type Locale } from '../format.ts';
import { dataText, type LocalText } from '../data-text.ts';

export interface Stat {
	kind: 'national' | 'average' | 'leader';
	label: string;
	value: string;
	/** The value was not published (shown as words, not a number). */
	missing?: boolean;
	/** Note on the value; `lang` set when it is not in the page's language. */
	note?: LocalText;
	/** Unit id for leader stats. */
	unit?: string;
}

/** A note from data/ in the page's language (Vietnamese-only notes keep their language: `lang`). */
function note(text: string | undefined, locale: Locale): LocalText | undefined {
	return text === undefined ? undefined : dataText(text, locale);
}

/** National value and averages (of one level, or all) for an edition. */
export function headlineStats(view: EditionView, level: Level | 'all', locale: Locale): Stat[] {
	const s = t(locale);
	const e = view.edition;
	const out: Stat[] = [
		{
			kind: 'national',
			label: `${s.national} ${view.year}`,
			// No edition is known to have withheld its national value: a missing one was not found.
			value: e.national ? formatScore(e.national.value, locale, e.national.digits) : s.notInRecord,
			missing: !e.national,
			note: note(e.national?.note ?? e.national_note, locale),
		},
	];
	const keys = level === 'provinces' ? (['provinces'] as const) : level === 'ministries' ? (['public-services', 'no-public-services'] as const) : (['provinces', 'public-services', 'no-public-services'] as const);
	// A level whose results the edition did not publish at all (ministries in DTI 2024) has its
	// averages "not published"; any other missing average was published but not found.
	const released = (lvl: Level) => view.tables.some((tb) => tb.spec.level === lvl && tb.rows.length > 0);
	for (const k of keys) {
		const a = e.averages[k];
		const gap = released(k === 'provinces' ? 'provinces' : 'ministries') ? s.notInRecord : s.notPublished;
		out.push({ kind: 'average', label: s.averageOf[k], value: a ? formatScore(a.value, locale, a.digits) : gap, missing: !a, note: note(a?.note, locale) });
	}
	return out;
}
