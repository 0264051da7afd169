import {Box, Text} from 'ink';
import {memo} from 'react';

/** One line, drawn again only when its text changes: a key press changes a few of a frame's lines. */
const Line = memo(({text}: {readonly text: string}) => <Text wrap="truncate-end">{text || ' '}</Text>);

/** Draws lines that are already laid out to fit; an empty line still takes its row. */
export function Lines({lines}: {readonly lines: readonly string[]}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines have no identity beyond their row, and rows never reorder.
				// eslint-disable-next-line react/no-array-index-key
				<Line key={index} text={line} />
			))}
		</Box>
	);
}
