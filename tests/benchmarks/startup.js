'use strict';
// Start-up and shutdown of the DialTone plugin as the engine sees them, median of 20 launches: exec → port line on
// stdout, exec → first answered GetPluginInfo (a fresh grpc-js channel, as the engine dials a fresh plugin), and
// SIGINT → exit. Fails at once, with the exit code and stderr, when a launch ends without its port line.
// Needs the npm packages of tests/conformance/node (tests/run installs them) and a built provider/bin.
//
// Usage: node tests/benchmarks/startup.js [runs]
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { grpc, call, launch } = require('../conformance/node/plugin');
const providerService = require('../conformance/node/node_modules/@pulumi/pulumi/proto/provider_grpc_pb');
const emptyProto = require('../conformance/node/node_modules/google-protobuf/google/protobuf/empty_pb');

const launcher = path.join(__dirname, '..', '..', 'provider', 'bin', 'pulumi-resource-dialtone');

async function launchOnce() {
    const started = performance.now();
    const plugin = launch(launcher, ['127.0.0.1:1']);
    const port = await plugin.port;
    const portLine = performance.now() - started;
    const client = new providerService.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const { error } = await call(client, 'getPluginInfo', new emptyProto.Empty());
    const firstAnswer = performance.now() - started;
    client.close();
    const interrupted = performance.now();
    plugin.child.kill('SIGINT');
    const { code } = await plugin.closed;
    const exit = performance.now() - interrupted;
    if (error) {
        throw error;
    }
    if (code !== 0) {
        throw new Error(`the plugin exited with code ${code} after SIGINT`);
    }
    return { portLine, firstAnswer, exit };
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
    const report = (label, values) => console.log(`  ${label.padEnd(38)} median ${median(values).toFixed(1)} ms `
        + `(min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`);
    console.log(`pulumi-resource-dialtone start-up and shutdown, ${runs} launches:`);
    report('exec -> port line:', samples.map((sample) => sample.portLine));
    report('exec -> first answered GetPluginInfo:', samples.map((sample) => sample.firstAnswer));
    report('SIGINT -> exit:', samples.map((sample) => sample.exit));
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
