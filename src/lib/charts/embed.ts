/**
 * URLs of the standalone chart pages under /nhung/ (for iframes), built with the base helper,
 * and the embed snippet readers copy.
 */
import type { Level } from '../data/schema.ts';
import { href, tableSegment } from '../url.ts';

type TableSpec = { id: string; level: Level; primary: boolean };

/** Chart kinds with an embed page. */
export type EmbedKind = 'ban-do' | 'xep-hang' | 'phan-bo' | 'ho-so' | 'lich-su' | 'tuong-quan';

export const embedPaths = {
	/** A chart of a ranking page: /nhung/2023/tinh/ban-do/. */
	ranking: (year: number, table: TableSpec, kind: EmbedKind) =>
		href(`nhung/${year}/${tableSegment(table)}/${kind}`),
	/** A chart of a unit-in-edition page: /nhung/2023/tinh/da-nang/ho-so/. */
	unitInEdition: (year: number, level: Level, id: string, kind: EmbedKind) =>
		href(`nhung/${year}/${level === 'provinces' ? 'tinh' : 'bo'}/${id}/${kind}`),
	/** A chart of a profile page: /nhung/tinh/da-nang/lich-su/. */
	profile: (level: Level, id: string) => href(`nhung/${level === 'provinces' ? 'tinh' : 'bo'}/${id}/lich-su`),
};

/** The `<iframe>` snippet for an embed page at an absolute URL. */
export function embedSnippet(url: string, title: string, height = 640): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:40rem" loading="lazy"></iframe>`;
}
