'use strict';
// Start-up of the DialTone plugin as the engine sees it, median of 20 launches: exec → port line on stdout, and
// exec → first answered GetPluginInfo (a fresh grpc-js channel, as the engine dials a fresh plugin).
// Needs the npm packages of tests/conformance/node (tests/run installs them) and a built provider/bin.
//
// Usage: node tests/benchmarks/startup.js [runs]
const path = require('node:path');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { grpc, call } = require('../conformance/node/plugin');
const providerService = require('../conformance/node/node_modules/@pulumi/pulumi/proto/provider_grpc_pb');
const emptyProto = require('../conformance/node/node_modules/google-protobuf/google/protobuf/empty_pb');

const launcher = path.join(__dirname, '..', '..', 'provider', 'bin', 'pulumi-resource-dialtone');

async function launchOnce() {
    const started = performance.now();
    const child = spawn(launcher, ['127.0.0.1:1'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const port = await new Promise((resolve) => {
        let stdout = '';
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            if (stdout.includes('\n')) {
                resolve(Number(stdout.slice(0, stdout.indexOf('\n'))));
            }
        });
    });
    const portLine = performance.now() - started;
    const client = new providerService.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const { error } = await call(client, 'getPluginInfo', new emptyProto.Empty());
    const firstAnswer = performance.now() - started;
    if (error) {
        throw error;
    }
    client.close();
    await new Promise((resolve) => {
        child.on('exit', resolve);
        child.kill('SIGINT');
    });
    return { portLine, firstAnswer };
}

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
    const runs = Number(process.argv[2] ?? 20);
    const samples = [];
    for (let i = 0; i < runs; i++) {
        samples.push(await launchOnce());
    }
    const portLines = samples.map((sample) => sample.portLine);
    const answers = samples.map((sample) => sample.firstAnswer);
    console.log(`pulumi-resource-dialtone start-up, ${runs} launches:`);
    console.log(`  exec -> port line:                  median ${median(portLines).toFixed(1)} ms `
        + `(min ${Math.min(...portLines).toFixed(1)}, max ${Math.max(...portLines).toFixed(1)})`);
    console.log(`  exec -> first answered GetPluginInfo: median ${median(answers).toFixed(1)} ms `
        + `(min ${Math.min(...answers).toFixed(1)}, max ${Math.max(...answers).toFixed(1)})`);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
