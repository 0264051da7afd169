// Stands in for bcrypt-pbkdf (see scripts/ssh2-parts.js), which only decrypts keys that have a passphrase.
module.exports = {
	pbkdf() {
		throw new Error('keys with a passphrase are not supported');
	},
};
