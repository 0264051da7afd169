import {Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Theme} from '../theme/theme.js';
import {choiceLine, type Choice} from './link-view.js';

type ChooserProps = {
	readonly choices: readonly Choice[];
	readonly cursor: number;
	readonly theme: Theme;
	readonly onHighlight: (index: number) => void;
	readonly onSelect: (index: number) => void;
};

/** The link chooser: ink-select-input reads ↑↓ j k, Enter and 1–9; each choice is drawn as the view draws it. */
export function LinkChooser({choices, cursor, theme, onHighlight, onSelect}: ChooserProps) {
	return (
		<SelectInput
			items={[...choices]}
			initialIndex={cursor}
			indicatorComponent={() => null}
			itemComponent={({isSelected, label}) => (
				<Text wrap="truncate-end">{choiceLine({key: label, label, value: 0}, isSelected === true, theme)}</Text>
			)}
			onHighlight={item => {
				onHighlight(item.value);
			}}
			onSelect={item => {
				onSelect(item.value);
			}}
		/>
	);
}
