// Stands in for ssh2's optional native add-ons (see scripts/ssh2-parts.js): ssh2 catches this and uses its
// pure JavaScript code instead.
throw new Error('native add-ons are not bundled');
