'use strict';
// Starts a plugin as the Pulumi engine does: the executable with the engine address as its last argument, the port
// read from the first line of stdout; and hosts the engine's own Engine service (recording every Log) with
// Pulumi's generated stubs on @grpc/grpc-js.
const { spawn } = require('node:child_process');
const grpc = require('@grpc/grpc-js');
const engineService = require('@pulumi/pulumi/proto/engine_grpc_pb');
const providerService = require('@pulumi/pulumi/proto/provider_grpc_pb');
const emptyProto = require('google-protobuf/google/protobuf/empty_pb');

async function startEngine() {
    const logs = [];
    const server = new grpc.Server();
    server.addService(engineService.EngineService, {
        log(call, callback) {
            logs.push(call.request.toObject());
            callback(null, new emptyProto.Empty());
        },
    });
    const port = await new Promise((resolve, reject) =>
        server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
            (error ? reject(error) : resolve(bound))));
    return { address: `127.0.0.1:${port}`, logs, stop: () => server.forceShutdown() };
}

// How long a plugin may take to write its port line. The engine waits for ever; a check fails instead.
const portLineLimit = 2 * 60 * 1000;

// Launches a plugin as the engine does and reads its port line. `port` rejects, with the exit code and the whole of
// stderr, when the plugin ends (or is killed after portLineLimit) without one; `closed` resolves when it has ended
// and its output is read.
function launch(executable, args) {
    const child = spawn(executable, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    // 'close', not 'exit': it comes once stdout and stderr are drained, so the crash text is complete.
    const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    const port = new Promise((resolve, reject) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), portLineLimit);
        timer.unref();
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            const newline = stdout.indexOf('\n');
            if (newline >= 0) {
                clearTimeout(timer);
                resolve(Number(stdout.slice(0, newline)));
            }
        });
        closed.then(({ code, signal }) => reject(new Error(
            `${executable} ended without a port line (exit code ${code}, signal ${signal}); stderr:\n${stderr}`)));
    });
    return { child, port, closed, stdoutAfterPort: () => stdout.slice(stdout.indexOf('\n') + 1) };
}

async function startPlugin(executable, engineAddress) {
    const plugin = launch(executable, [engineAddress]);
    // A script that fails half-way must not leave the plugin running.
    process.on('exit', () => plugin.child.kill('SIGKILL'));
    const port = await plugin.port;
    // The engine accepts replies of up to 400 MiB (pulumi-protocol.md §2.6); grpc-js defaults to 4 MiB.
    const client = new providerService.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(),
        { 'grpc.max_receive_message_length': 400 * 1024 * 1024 });
    return {
        child: plugin.child,
        port,
        client,
        stdoutAfterPort: plugin.stdoutAfterPort,
        async interrupt() {
            const sent = Date.now();
            plugin.child.kill('SIGINT');
            const { code, signal } = await plugin.closed;
            return { code, signal, milliseconds: Date.now() - sent };
        },
    };
}

// Calls a unary method of the generated client and resolves with its reply, or with the error as grpc-js gives it.
function call(client, method, request) {
    return new Promise((resolve) => {
        client[method](request, (error, reply) => resolve(error ? { error } : { reply }));
    });
}

async function waitFor(predicate, milliseconds = 10000) {
    const deadline = Date.now() + milliseconds;
    while (!predicate()) {
        if (Date.now() > deadline) {
            throw new Error('timed out');
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}

module.exports = { startEngine, launch, startPlugin, call, waitFor, grpc };
