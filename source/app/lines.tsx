import {Box, Text} from 'ink';

/** Draws lines that are already laid out to fit; an empty line still takes its row. */
export function Lines({lines}: {readonly lines: readonly string[]}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines have no identity beyond their row, and rows never reorder.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end">
					{line || ' '}
				</Text>
			))}
		</Box>
	);
}
