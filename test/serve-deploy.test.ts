/*
The Kubernetes manifest in deploy/ for several serve instances behind a load balancer: valid YAML, every
document of a known kind, and a command line that serve accepts, with the host key where the Secret puts it.
*/
import {readFileSync} from 'node:fs';
import test from 'ava';
import yaml from 'js-yaml';
import {parseCommandLine} from '../source/cli/command-line.js';
import {resolveServeOptions} from '../source/cli/serve-options.js';

type Manifest = {
	kind: string;
	spec?: {
		template?: {
			spec: {
				containers: Array<{args: string[]; volumeMounts: Array<{mountPath: string}>}>;
				initContainers: Array<{command: string[]}>;
			};
		};
	};
};

// The shape is what the tests below check: a manifest without it fails them with a TypeError.
// eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
const documents = yaml.loadAll(
	readFileSync(new URL('../deploy/kubernetes.yaml', import.meta.url), 'utf8'),
) as Manifest[];

test('deploy/kubernetes.yaml is a Secret, a Deployment and a Service', t => {
	t.deepEqual(
		documents.map(document => document.kind),
		['Secret', 'Deployment', 'Service'],
	);
});

test('the Deployment runs serve with flags serve accepts, and the key the init container made private', t => {
	const pod = documents.find(document => document.kind === 'Deployment')!.spec!.template!.spec;
	const [server] = pod.containers;
	const commandLine = parseCommandLine(server!.args);
	if (commandLine.command !== 'serve') {
		throw new Error(`The Deployment runs no serve: ${JSON.stringify(commandLine)}`);
	}

	const options = resolveServeOptions(commandLine.flags, {});
	t.like(options, {host: '0.0.0.0', port: 2222, logFormat: 'json'});
	t.true(server!.volumeMounts.some(mount => options.hostKey.startsWith(`${mount.mountPath}/`)));
	t.true(pod.initContainers[0]!.command.join(' ').includes(`chmod 600 ${options.hostKey}`));
});
