/**
 * Every UI string of the site, one complete table per locale. Pages and components call
 * `t(locale)` with the locale of the page (`localeOf(Astro)` from `url.ts`) and never write
 * interface text inline; test/unit/quality/astro-text.test.ts fails on text written in a template.
 *
 * The contract: `src/lib/locales/vi.ts` is the reference table and its shape is `Messages`.
 * Every other locale `satisfies Messages`, so a missing, extra or mistyped key is a type error
 * (`npm run check`), and test/unit/i18n.test.ts fails on it as well. There is no fallback:
 * a string that is not translated does not build.
 *
 * Adding a UI string:
 *   1. add the key to `locales/vi.ts` (group it with its neighbours: `nav`, `charts`, `narrative`…);
 *      text that depends on values is a function: `unitCount: (n: number) => \`${n} đơn vị\``;
 *   2. add the same key to every other locale (`locales/en.ts`); the type checker lists what is missing;
 *   3. use it: `const s = t(locale)` then `{s.yourKey}` in the template.
 * Numbers and dates inside strings go through `format.ts` first (vi-VN: 0,8002; 08/08/2022).
 *
 * Adding a locale: a new `locales/<code>.ts` that `satisfies Messages`, one entry in `TABLES`
 * below, then its routes under `src/pages/<code>/` and its content (`content/<kind>/<code>/<slug>.mdx`).
 * URLs need nothing: `paths(locale)` puts every locale but Vietnamese under `/<code>/`.
 */
import { en } from './locales/en.ts';
import { vi } from './locales/vi.ts';

/** The shape of a locale table: exactly the keys (and function signatures) of Vietnamese. */
export type Messages = typeof vi;

const TABLES = { vi, en } satisfies Record<string, Messages>;

/** A locale of the site ("vi", "en"). */
export type Locale = keyof typeof TABLES;

/** Every locale, the default (Vietnamese, served at the site root) first. */
export const LOCALES = Object.keys(TABLES) as Locale[];

/** The locale served at the site root. */
export const DEFAULT_LOCALE: Locale = 'vi';

/** Whether a string names a locale of the site. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(TABLES, value);
}

/** UI strings for a locale. */
export function t(locale: Locale): Messages {
	const table = TABLES[locale];
	if (!table) throw new Error(`i18n: unknown locale "${String(locale)}" (known: ${LOCALES.join(', ')})`);
	return table;
}
