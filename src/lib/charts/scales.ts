/**
 * Shared colour scale: a single-hue sequential blue ramp, clipped so the lightest step stays
 * visible on white and the darkest still carries white text. Lightness falls monotonically,
 * so it reads for every colour-vision type and in greyscale print.
 */
import { color, interpolateBlues, scaleSequential } from 'd3';

/** Colour of marks with no published value (used with the hatch pattern). */
export const NO_DATA = '#ffffff';
/** Ink and muted ink used inside SVG (presentation attributes, so downloads keep them). */
export const INK = '#1a1f26';
export const MUTED = '#4f5966';
export const GRID = '#d5dbe2';
/** Colour of the highlighted unit's marks and the usual mark colour. */
export const ACCENT = '#b3541e';
export const MARK = '#2f6ea6';

/** Sequential colour for a score within [min, max]: interpolateBlues clipped to [0.18, 0.92]. */
export function sequentialColor(min: number, max: number): (v: number) => string {
	const s = scaleSequential((t: number) => interpolateBlues(0.18 + 0.74 * t))
		.domain([min, max])
		.clamp(true);
	return (v: number) => color(s(v))?.formatHex() ?? NO_DATA;
}

/** Whether white text is readable on the fill (relative luminance below 0.33). */
export function darkFill(fill: string): boolean {
	const c = color(fill)?.rgb();
	if (!c) return false;
	const lin = (x: number) => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b) < 0.33;
}
