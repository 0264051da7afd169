import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

/** What a terminal that does not say its size is taken to be. */
const fallbackSize: TerminalSize = {columns: 80, rows: 24};

/** The size of the terminal Ink draws on, updated when it is resized. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const update = () => {
			setSize(sizeOf(stdout));
		};

		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return size;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || fallbackSize.columns, rows: stdout.rows || fallbackSize.rows};
}
