'use strict';
// The plugin's gRPC wire under load, through Pulumi's generated stubs on @grpc/grpc-js: the sequential round trip of
// a small call, a 20 MB message round trip, and 200 concurrent calls (medians). Needs the npm packages of
// tests/conformance/node (tests/run installs them) and a built provider/bin.
//
// Usage: node tests/benchmarks/wire.js
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { startEngine, startPlugin, call } = require('../conformance/node/plugin');
const providerProto = require('../conformance/node/node_modules/@pulumi/pulumi/proto/provider_pb');
const structProto = require('../conformance/node/node_modules/google-protobuf/google/protobuf/struct_pb');
const emptyProto = require('../conformance/node/node_modules/google-protobuf/google/protobuf/empty_pb');

const launcher = path.join(__dirname, '..', '..', 'provider', 'bin', 'pulumi-resource-dialtone');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(action) {
    const started = performance.now();
    await action();
    return performance.now() - started;
}

function checkConfig(client, lab) {
    const request = new providerProto.CheckRequest();
    request.setUrn('urn:pulumi:dev::bench::pulumi:providers:dialtone::default');
    request.setNews(structProto.Struct.fromJavaScript({ lab }));
    return call(client, 'checkConfig', request).then(({ error }) => {
        if (error) {
            throw error;
        }
    });
}

async function main() {
    const engine = await startEngine();
    const plugin = await startPlugin(launcher, engine.address);
    const { client } = plugin;
    const small = async () => {
        const { error } = await call(client, 'getPluginInfo', new emptyProto.Empty());
        if (error) {
            throw error;
        }
    };
    for (let i = 0; i < 200; i++) {
        await small(); // warm up the JIT on both sides
    }
    const roundTrips = [];
    for (let i = 0; i < 1000; i++) {
        roundTrips.push(await timed(small));
    }
    const big = 'x'.repeat(20 * 1024 * 1024);
    const bigTrips = [];
    for (let i = 0; i < 5; i++) {
        bigTrips.push(await timed(() => checkConfig(client, big)));
    }
    const bursts = [];
    for (let i = 0; i < 5; i++) {
        bursts.push(await timed(() => Promise.all(Array.from({ length: 200 }, (_, n) => checkConfig(client, `lab${n}.db`)))));
    }
    console.log('pulumi-resource-dialtone wire, grpc-js client:');
    console.log(`  GetPluginInfo round trip:             median ${(median(roundTrips) * 1000).toFixed(0)} µs (1000 calls)`);
    console.log(`  20 MB CheckConfig round trip:         median ${median(bigTrips).toFixed(0)} ms (5 calls)`);
    console.log(`  200 concurrent CheckConfig calls:     median ${median(bursts).toFixed(0)} ms for all (5 bursts)`);
    client.close();
    await plugin.interrupt();
    engine.stop();
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
