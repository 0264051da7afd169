import type {ColourDepth} from './tokens.js';

/**
The colours a terminal shows, from its environment: truecolor when COLORTERM says so (truecolor, 24bit), 256
when TERM names a 256-colour terminal, else the 16 every colour terminal has.
*/
export function colourDepthOf({
	term = '',
	colorterm = '',
}: {
	readonly term?: string;
	readonly colorterm?: string;
}): ColourDepth {
	if (/^(?:truecolor|24bit)$/iv.test(colorterm.trim())) {
		return 'truecolor';
	}

	return term.includes('256') ? 'ansi256' : 'ansi16';
}
