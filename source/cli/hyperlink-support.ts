/*
Whether a terminal shows OSC 8 hyperlinks, decided from its session's environment as the supports-hyperlinks
package decides it. That package reads process.env, process.platform and process.argv when it is loaded; a
server holds many sessions, each with its own client's terminal, so the same rules are kept here as a pure function.
*/

type Environment = Readonly<Record<string, string | undefined>>;

/** `4601` (VTE's form) or `3.4.19` as major, minor and patch. */
function versionOf(text = ''): {major: number; minor: number} {
	if (/^\d{3,4}$/v.test(text)) {
		const [, minor = '0'] = /(\d{1,2})\d{2}$/v.exec(text) ?? [];
		return {major: 0, minor: Number(minor)};
	}

	const [major = Number.NaN, minor = Number.NaN] = text.split('.').map(part => Number.parseInt(part, 10));
	return {major, minor};
}

/** Terminals that say who they are in TERM_PROGRAM, with the version from which they show links. */
function byProgram(program: string, versionText: string, environment: Environment): boolean | undefined {
	const version = versionOf(versionText);
	switch (program) {
		case 'iTerm.app': {
			return version.major === 3 ? version.minor >= 1 : version.major > 3;
		}

		case 'WezTerm': {
			return /^0-unstable-\d{4}-\d{2}-\d{2}$/v.test(versionText)
				? versionText.slice('0-unstable-'.length) >= '2020-06-20'
				: version.major >= 20_200_620;
		}

		case 'vscode': {
			return (
				environment['CURSOR_TRACE_ID'] !== undefined ||
				version.major > 1 ||
				(version.major === 1 && version.minor >= 72)
			);
		}

		case 'ghostty':
		case 'zed':
		case 'WarpTerminal': {
			return true;
		}

		default: {
			return undefined;
		}
	}
}

/**
Whether to write OSC 8 hyperlinks to a terminal with this environment: never to what is not a terminal;
`FORCE_HYPERLINK` (0 or 1) decides over everything else; then Windows Terminal, TERM_PROGRAM (iTerm2, WezTerm,
VS Code, Ghostty, …), VTE (GNOME Terminal, Tilix, …), and TERM (kitty, foot, Alacritty).
*/
export function supportsHyperlinks(
	environment: Environment,
	{isTerminal, platform = 'linux'}: {readonly isTerminal: boolean; readonly platform?: string},
): boolean {
	if (!isTerminal) {
		return false;
	}

	const {FORCE_HYPERLINK: force, TERM_PROGRAM: program, VTE_VERSION: vte, TERM: term = ''} = environment;
	if (force !== undefined && force !== '') {
		return Number.parseInt(force, 10) !== 0;
	}

	if (term === 'dumb' || environment['CI'] !== undefined || environment['TEAMCITY_VERSION'] !== undefined) {
		return false;
	}

	if (environment['WT_SESSION'] !== undefined) {
		return true;
	}

	if (platform === 'win32') {
		return false;
	}

	const known = program ? byProgram(program, environment['TERM_PROGRAM_VERSION'] ?? '', environment) : undefined;
	if (known !== undefined) {
		return known;
	}

	if (vte) {
		// 0.50.0 was to have them, and crashes on them.
		const {major, minor} = versionOf(vte);
		return vte !== '0.50.0' && (major > 0 || minor >= 50);
	}

	return ['xterm-kitty', 'foot', 'foot-extra', 'alacritty', 'xterm-ghostty', 'wezterm'].includes(term);
}
