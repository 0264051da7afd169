import {useApp, useInput} from 'ink';
import {useMemo, useState} from 'react';
import type {PartialDate, Resume} from '../resume/model.js';
import type {Theme} from '../theme/theme.js';
import {buildSections} from '../screens/sections.js';
import {Lines} from './lines.js';
import {buildFrame} from './view.js';
import {commandsFor} from './keymap.js';
import {initialNavState, navigate} from './update.js';

export type AppProps = {
	readonly resume: Resume;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly today: PartialDate;
	/** False when there is no keyboard to read (stdin is not a terminal). */
	readonly isInteractive: boolean;
};

/** The interactive résumé: one navigation state, one keyboard dispatch, a frame drawn to fit the terminal. */
export function App({resume, theme, columns, rows, today, isInteractive}: AppProps) {
	const {exit} = useApp();
	const sections = useMemo(() => buildSections(resume), [resume]);
	const [state, setState] = useState(() => initialNavState(sections.length));
	const frameFor = (navState: typeof state) =>
		buildFrame({resume, sections, state: navState, columns, rows, theme, today});
	const frame = frameFor(state);

	useInput(
		(input, key) => {
			for (const press of commandsFor(input, key)) {
				if (press.command === 'quit') {
					exit();
					return;
				}

				setState(current => {
					const drawn = frameFor(current);
					return drawn.kind === 'app' ? navigate(drawn.state, press, drawn.shape) : current;
				});
			}
		},
		{isActive: isInteractive},
	);

	return <Lines lines={frame.lines} />;
}
