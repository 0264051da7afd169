// Stands in for ssh2's SFTP (see scripts/ssh2-parts.js): every session's sftp request is refused, so the server
// never makes one.
class SFTP {
	constructor() {
		throw new Error('SFTP is not bundled');
	}
}

module.exports = {SFTP};
