const devtools = {
	initialize() {
		// Never used: this program does not connect to React DevTools.
	},
	connectToDevTools() {
		// Never used: this program does not connect to React DevTools.
	},
};

export default devtools;
