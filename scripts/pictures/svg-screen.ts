/*
A screen as SVG elements at the origin, one unit a pixel: backgrounds, then box-drawing and block cells,
then the text, then underlines. Pure: the same screen and palette give the same bytes.
*/
import {cellGraphics} from './cell-graphics.js';
import {looksOf} from './look.js';
import {fontStack, type Metrics, metrics as defaultMetrics} from './metrics.js';
import type {Palette} from './palettes.js';
import type {Screen} from './screen.js';
import {backgroundRects, decorationRects} from './svg-rects.js';
import {screenText} from './svg-text.js';

/** The screen's size in pixels. */
export function screenSize(screen: Screen, metrics: Metrics = defaultMetrics): {width: number; height: number} {
	return {width: screen.columns * metrics.cellWidth, height: screen.rows * metrics.lineHeight};
}

/** The screen's elements, drawn on its palette's background (which the caller paints). */
export function screenElements(screen: Screen, palette: Palette, metrics: Metrics = defaultMetrics): string {
	const looks = looksOf(screen, palette);
	const backgrounds = backgroundRects(looks, palette.background, metrics);
	const graphics = cellGraphics(looks, metrics);
	const text = screenText(looks, palette.foreground, metrics);
	const decorations = decorationRects(looks, metrics);
	return [
		backgrounds ? `<g shape-rendering="crispEdges">${backgrounds}</g>` : '',
		graphics,
		text,
		decorations ? `<g shape-rendering="crispEdges">${decorations}</g>` : '',
	].join('');
}

/** The attributes of the group that holds screens: the font, the default colour, spaces kept. */
export function textAttributes(palette: Palette, metrics: Metrics = defaultMetrics): string {
	return `font-family="${fontStack}" font-size="${metrics.fontSize}" fill="${palette.foreground}" xml:space="preserve" style="white-space:pre"`;
}
