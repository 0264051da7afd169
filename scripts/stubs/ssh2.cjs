// What this program uses of ssh2 (see scripts/ssh2-parts.js): the server, and parsing and making keys.
const Server = require('ssh2/lib/server.js');
const {parseKey} = require('ssh2/lib/protocol/keyParser.js');
const {generateKeyPairSync} = require('ssh2/lib/keygen.js');

module.exports = {Server, utils: {parseKey, generateKeyPairSync}};
