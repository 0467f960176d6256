/** Chart interface text: part of the site-wide strings in `src/lib/i18n.ts` (`t(locale).charts`). */
import type { Locale } from '../format.ts';
import { t, type Strings } from '../i18n.ts';

export type ChartStrings = Strings['charts'];

/** Chart strings for a locale. */
export function chartStrings(locale: Locale = 'vi'): ChartStrings {
	return t(locale).charts;
}
