'use strict';
// A resource's lifetime through Pulumi's own generated stubs, against the test plugin (tests/DialTone.TestPlugin):
// Check with several failures, a preview Create, a real Create with secret inputs (a declared secret and a plain
// property given as a secret), Diff, and a partial failure whose ErrorResourceInitFailed details are decoded as
// the engine decodes them. Prints one JSON object.
//
// Usage: node lifecycle.js <path of the test plugin executable> <lab directory>
const path = require('node:path');
const { startEngine, startPlugin, call } = require('./plugin');
const providerProto = require('@pulumi/pulumi/proto/provider_pb');
const statusProto = require('@pulumi/pulumi/proto/status_pb');
const structProto = require('google-protobuf/google/protobuf/struct_pb');

const urn = 'urn:pulumi:dev::widgets::dialtonetest:index:Widget::w1';
const unknown = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const secret = (value) => ({ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value });

function request(Type, fields) {
    const message = new Type();
    message.setUrn(urn);
    for (const [setter, value] of Object.entries(fields)) {
        message[setter](value && typeof value === 'object' && !Array.isArray(value) ? structProto.Struct.fromJavaScript(value) : value);
    }
    return message;
}

function initFailureOf(error) {
    const status = statusProto.Status.deserializeBinary(error.metadata.get('grpc-status-details-bin')[0]);
    return status.getDetailsList().map((any) => {
        const details = providerProto.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
        return {
            typeUrl: any.getTypeUrl(),
            id: details.getId(),
            reasons: details.getReasonsList(),
            properties: details.getProperties().toJavaScript(),
        };
    });
}

async function main() {
    const [executable, lab] = process.argv.slice(2);
    const engine = await startEngine();
    const plugin = await startPlugin(executable, engine.address);
    const { client } = plugin;
    const result = {};

    const configure = new providerProto.ConfigureRequest();
    configure.setArgs(structProto.Struct.fromJavaScript({ lab: path.join(lab, 'lab.db') }));
    await call(client, 'configure', configure);

    const invalid = await call(client, 'check', request(providerProto.CheckRequest,
        { setOlds: {}, setNews: { colour: 5, shape: 'Oval' } }));
    result.checkFailures = invalid.reply.getFailuresList().map((failure) => failure.toObject());

    const preview = await call(client, 'create', request(providerProto.CreateRequest,
        { setProperties: { name: 'w1', colour: unknown, shape: 'Round' }, setPreview: true }));
    result.preview = { id: preview.reply.getId(), properties: preview.reply.getProperties().toJavaScript() };

    const checked = await call(client, 'check', request(providerProto.CheckRequest,
        { setOlds: {}, setNews: { name: 'w1', colour: secret('red'), password: secret('hunter2') } }));
    const created = await call(client, 'create', request(providerProto.CreateRequest,
        { setProperties: checked.reply.getInputs().toJavaScript() }));
    result.created = { id: created.reply.getId(), properties: created.reply.getProperties().toJavaScript() };

    const diff = await call(client, 'diff', request(providerProto.DiffRequest, {
        setId: result.created.id, setOlds: result.created.properties, setOldInputs: checked.reply.getInputs().toJavaScript(),
        setNews: { ...checked.reply.getInputs().toJavaScript(), name: 'w2' },
    }));
    result.diff = diff.reply.toObject();

    const failed = await call(client, 'create', request(providerProto.CreateRequest,
        { setProperties: { name: 'w1', colour: 'blue', shape: 'Round', failInspection: true } }));
    result.partialFailure = { code: failed.error.code, details: initFailureOf(failed.error) };

    client.close();
    await plugin.interrupt();
    engine.stop();
    process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
});
