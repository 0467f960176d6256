/** Chart interface text: part of each locale table in `src/lib/locales/` (`t(locale).charts`). */
import { t, type Locale, type Messages } from '../i18n.ts';

export type ChartStrings = Messages['charts'];

/** Chart strings for a locale. */
export function chartStrings(locale: Locale): ChartStrings {
	return t(locale).charts;
}
