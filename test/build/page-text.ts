/** What the build tests read of a built page. */

/** A page's visible text: scripts, styles and tags removed, whitespace collapsed. */
export const visibleText = (html: string): string =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
