// Ink's devtools polyfill imports ws to talk to React DevTools, which this program never does.
const ws = undefined;

export default ws;
