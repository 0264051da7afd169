/** @type {import('xo').FlatXoConfig} */
const xoConfig = [
	{
		prettier: true,
		react: true,
		rules: {
			// React 17+ JSX transform: components need no React import.
			'react/react-in-jsx-scope': 'off',
		},
	},
	{
		ignores: ['dist/**'],
	},
];

export default xoConfig;
