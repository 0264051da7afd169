/*
The standard terminal colour schemes the theme is checked against (test/contrast.test.ts) and the README's
pictures are drawn with (scripts/screenshots/): each one's background, foreground and 16 ANSI colours.
*/
import type {Background} from './background.js';

export type Palette = {
	readonly name: string;
	readonly background: Background;
	readonly colors: {
		readonly background: string;
		readonly foreground: string;
		/** ANSI colours 0–15: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms. */
		readonly ansi: readonly string[];
	};
};

const xtermAnsi = [
	'#000000',
	'#cd0000',
	'#00cd00',
	'#cdcd00',
	'#0000ee',
	'#cd00cd',
	'#00cdcd',
	'#e5e5e5',
	'#7f7f7f',
	'#ff0000',
	'#00ff00',
	'#ffff00',
	'#5c5cff',
	'#ff00ff',
	'#00ffff',
	'#ffffff',
];

const tangoAnsi = [
	'#2e3436',
	'#cc0000',
	'#4e9a06',
	'#c4a000',
	'#3465a4',
	'#75507b',
	'#06989a',
	'#d3d7cf',
	'#555753',
	'#ef2929',
	'#8ae234',
	'#fce94f',
	'#729fcf',
	'#ad7fa8',
	'#34e2e2',
	'#eeeeec',
];

const solarizedAnsi = [
	'#073642',
	'#dc322f',
	'#859900',
	'#b58900',
	'#268bd2',
	'#d33682',
	'#2aa198',
	'#eee8d5',
	'#002b36',
	'#cb4b16',
	'#586e75',
	'#657b83',
	'#839496',
	'#6c71c4',
	'#93a1a1',
	'#fdf6e3',
];

/** VS Code's integrated terminal, from its terminalColorRegistry: the dark and the light defaults differ. */
const vscodeDarkAnsi = [
	'#000000',
	'#cd3131',
	'#0dbc79',
	'#e5e510',
	'#2472c8',
	'#bc3fbc',
	'#11a8cd',
	'#e5e5e5',
	'#666666',
	'#f14c4c',
	'#23d18b',
	'#f5f543',
	'#3b8eea',
	'#d670d6',
	'#29b8db',
	'#e5e5e5',
];

const vscodeLightAnsi = [
	'#000000',
	'#cd3131',
	'#107c10',
	'#949800',
	'#0451a5',
	'#bc05bc',
	'#0598bc',
	'#555555',
	'#666666',
	'#cd3131',
	'#14ce14',
	'#b5ba00',
	'#0451a5',
	'#bc05bc',
	'#0598bc',
	'#a5a5a5',
];

const macosAnsi = [
	'#000000',
	'#c23621',
	'#25bc24',
	'#adad27',
	'#492ee1',
	'#d338d3',
	'#33bbc8',
	'#cbcccd',
	'#818383',
	'#fc391f',
	'#31e722',
	'#eaec23',
	'#5833ff',
	'#f935f8',
	'#14f0f0',
	'#e9ebeb',
];

export const palettes: readonly Palette[] = [
	{name: 'xterm', background: 'light', colors: {background: '#ffffff', foreground: '#000000', ansi: xtermAnsi}},
	{name: 'xterm reverse', background: 'dark', colors: {background: '#000000', foreground: '#ffffff', ansi: xtermAnsi}},
	{name: 'Tango light', background: 'light', colors: {background: '#eeeeec', foreground: '#2e3436', ansi: tangoAnsi}},
	{name: 'Tango dark', background: 'dark', colors: {background: '#2e3436', foreground: '#d3d7cf', ansi: tangoAnsi}},
	{
		name: 'Solarized light',
		background: 'light',
		colors: {background: '#fdf6e3', foreground: '#657b83', ansi: solarizedAnsi},
	},
	{
		name: 'Solarized dark',
		background: 'dark',
		colors: {background: '#002b36', foreground: '#839496', ansi: solarizedAnsi},
	},
	{
		name: 'VS Code Light+',
		background: 'light',
		colors: {background: '#ffffff', foreground: '#333333', ansi: vscodeLightAnsi},
	},
	{
		name: 'VS Code Dark+',
		background: 'dark',
		colors: {background: '#1e1e1e', foreground: '#cccccc', ansi: vscodeDarkAnsi},
	},
	{
		name: 'macOS Terminal Basic',
		background: 'light',
		colors: {background: '#ffffff', foreground: '#000000', ansi: macosAnsi},
	},
	{
		name: 'macOS Terminal Pro',
		background: 'dark',
		colors: {background: '#000000', foreground: '#f2f2f2', ansi: macosAnsi},
	},
];
