'use strict';
// The bring-up a Pulumi engine performs on a provider (pulumi-protocol.md §4.1), through Pulumi's own generated
// stubs: Handshake, GetPluginInfo, GetSchema, CheckConfig, Configure (whose debug log arrives at the Engine service
// hosted here), a Configure that lacks a key (its ConfigureErrorMissingKeys details decoded), an unknown method,
// Cancel, and SIGINT. Prints one JSON object with what came back.
//
// Usage: node bringup.js <path of pulumi-resource-dialtone>
const { startEngine, startPlugin, call, waitFor } = require('./plugin');
const providerProto = require('@pulumi/pulumi/proto/provider_pb');
const pluginProto = require('@pulumi/pulumi/proto/plugin_pb');
const statusProto = require('@pulumi/pulumi/proto/status_pb');
const structProto = require('google-protobuf/google/protobuf/struct_pb');
const emptyProto = require('google-protobuf/google/protobuf/empty_pb');

const providerUrn = 'urn:pulumi:dev::recovery::pulumi:providers:dialtone::default';

function missingKeysOf(error) {
    const bin = error.metadata.get('grpc-status-details-bin')[0];
    const status = statusProto.Status.deserializeBinary(bin);
    return status.getDetailsList().map((any) => ({
        typeUrl: any.getTypeUrl(),
        keys: providerProto.ConfigureErrorMissingKeys.deserializeBinary(any.getValue_asU8()).toObject().missingkeysList,
    }));
}

async function main() {
    const engine = await startEngine();
    const plugin = await startPlugin(process.argv[2], engine.address);
    const { client } = plugin;
    const result = {};

    const handshake = new providerProto.ProviderHandshakeRequest();
    handshake.setEngineAddress(engine.address);
    handshake.setConfigureWithUrn(true);
    result.handshake = (await call(client, 'handshake', handshake)).reply.toObject();
    result.version = (await call(client, 'getPluginInfo', new emptyProto.Empty())).reply.getVersion();
    result.schemaName = JSON.parse((await call(client, 'getSchema', new providerProto.GetSchemaRequest())).reply.getSchema()).name;

    const check = new providerProto.CheckRequest();
    check.setUrn(providerUrn);
    check.setNews(structProto.Struct.fromJavaScript({ version: '0.1.0', lab: 'contoso.db' }));
    result.checkConfigInputs = (await call(client, 'checkConfig', check)).reply.getInputs().toJavaScript();

    const configure = new providerProto.ConfigureRequest();
    configure.setArgs(structProto.Struct.fromJavaScript({ lab: '/labs/contoso.db' }));
    configure.setUrn(providerUrn);
    configure.setAcceptsecrets(true);
    result.configure = (await call(client, 'configure', configure)).reply.toObject();
    await waitFor(() => engine.logs.length > 0);
    result.log = engine.logs[0];

    const incomplete = new providerProto.ConfigureRequest();
    incomplete.setArgs(structProto.Struct.fromJavaScript({
        connectionUri: 'https://ex01.contoso.com/PowerShell/', authentication: 'Basic', password: 'P@ssw0rd',
    }));
    const { error } = await call(client, 'configure', incomplete);
    result.missingKeys = { code: error.code, details: error.details, decoded: missingKeysOf(error) };

    const unknown = await new Promise((resolve) => client.makeUnaryRequest(
        '/pulumirpc.ResourceProvider/GetMappings', (message) => Buffer.from(message.serializeBinary()),
        (bytes) => bytes, new emptyProto.Empty(), (failure) => resolve(failure ? failure.code : 0)));
    result.unknownMethodCode = unknown;
    result.cancel = (await call(client, 'cancel', new emptyProto.Empty())).error ? 'failed' : 'ok';

    client.close();
    result.exit = await plugin.interrupt();
    result.stdoutAfterPort = plugin.stdoutAfterPort();
    engine.stop();
    process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
});
