/*
The contrast of every role of the theme on every standard palette, read from the escape codes the theme
writes: what test/contrast.test.ts checks and the README's table shows.
*/
import {ansi256Rgb} from '../../source/theme/ansi256.js';
import type {Background} from '../../source/theme/background.js';
import {contrastRatio, parseHex, type Rgb} from '../../source/theme/contrast.js';
import {palettes, type Palette} from '../../source/theme/palettes.js';
import {createTheme, type ColorDepth, type Theme} from '../../source/theme/theme.js';
import {styleOf, type SgrColor} from './sgr.js';

/** What a role is for: information must reach 4.5:1 (WCAG AA for text), chrome 3:1 (WCAG for graphics). */
export type Kind = 'information' | 'chrome';

export const required: Readonly<Record<Kind, number>> = {information: 4.5, chrome: 3};

type Role = {readonly name: string; readonly kind: Kind; readonly draw: (theme: Theme, text: string) => string};

const onPage = (name: Exclude<keyof Theme, 'glyphs' | 'bar'>, kind: Kind): Role => ({
	name,
	kind,
	draw: (theme, text) => theme[name](text),
});
const onBar = (name: 'selected' | 'muted' | 'impact' | 'link' | 'strong', kind: Kind): Role => ({
	name: `${name} on the bar`,
	kind,
	draw: (theme, text) => theme.bar(theme[name](text)),
});

export const roles: readonly Role[] = [
	onPage('accent', 'information'),
	onPage('selected', 'information'),
	onPage('heading', 'information'),
	onPage('strong', 'information'),
	onPage('muted', 'information'),
	onPage('link', 'information'),
	onPage('impact', 'information'),
	onPage('key', 'information'),
	onPage('chrome', 'chrome'),
	onPage('chart', 'chrome'),
	{name: 'text on the bar', kind: 'information', draw: (theme, text) => theme.bar(text)},
	onBar('selected', 'information'),
	onBar('strong', 'information'),
	onBar('muted', 'information'),
	onBar('link', 'information'),
	onBar('impact', 'information'),
];

export const depths: readonly ColorDepth[] = ['truecolor', 'ansi256', 'ansi16'];

export type Measurement = {
	readonly role: Role;
	readonly palette: Palette;
	readonly depth: ColorDepth;
	readonly ratio: number;
	/** The terminal's own foreground on its own background: the most the default colours can give. */
	readonly ownRatio: number;
	/** Whether the text is drawn in the terminal's own foreground and background, as it draws its own text. */
	readonly terminalColors: boolean;
};

/** The colours that the text `x`, drawn by `role`, shows in on `palette`. */
function colorsOf(role: Role, theme: Theme, palette: Palette): {foreground: Rgb; background: Rgb; own: boolean} {
	const style = styleOf(role.draw(theme, 'x'), 'x');
	const resolve = (color: SgrColor, fallback: string): Rgb => {
		if (color.kind === 'rgb') {
			return color.rgb;
		}

		if (color.kind === 'ansi') {
			return color.index < 16 ? parseHex(palette.colors.ansi[color.index]!) : ansi256Rgb(color.index);
		}

		return parseHex(fallback);
	};

	const foreground = resolve(style.foreground, palette.colors.foreground);
	const background = resolve(style.background, palette.colors.background);
	const own = style.foreground.kind === 'default' && style.background.kind === 'default';
	return style.inverse ? {foreground: background, background: foreground, own} : {foreground, background, own};
}

export function measure(depth: ColorDepth, background: Background): Measurement[] {
	const theme = createTheme({mode: 'color', depth, background});
	return palettes
		.filter(palette => palette.background === background)
		.flatMap(palette =>
			roles.map(role => {
				const {foreground, background: behind, own} = colorsOf(role, theme, palette);
				const ownRatio = contrastRatio(parseHex(palette.colors.foreground), parseHex(palette.colors.background));
				return {role, palette, depth, ratio: contrastRatio(foreground, behind), ownRatio, terminalColors: own};
			}),
		);
}

/** Whether a measurement meets its ratio; the terminal's own colours are held to what the terminal gives its own text. */
export function meets({role, ratio, ownRatio, terminalColors}: Measurement): boolean {
	const target = terminalColors ? Math.min(required[role.kind], ownRatio) : required[role.kind];
	// Two decimals, as ratios are quoted: 4.499 is not 4.5.
	return Math.round(ratio * 100) / 100 >= target;
}

/** A Markdown table of one depth: a row a role, a column a palette, each ratio, ✗ where it falls short. */
export function contrastTable(depth: ColorDepth): string {
	const measured = [...measure(depth, 'dark'), ...measure(depth, 'light')];
	const columns = palettes.filter(palette => measured.some(entry => entry.palette === palette));
	const rows = roles.map(role => {
		const cells = columns.map(palette => {
			const entry = measured.find(candidate => candidate.role === role && candidate.palette === palette)!;
			return `${entry.ratio.toFixed(1)}${meets(entry) ? '' : ' ✗'}`;
		});
		return `| ${role.name} (${required[role.kind]}) | ${cells.join(' | ')} |`;
	});
	return [
		`| role (needs) | ${columns.map(palette => palette.name).join(' | ')} |`,
		`|---|${columns.map(() => '---').join('|')}|`,
		...rows,
	].join('\n');
}
