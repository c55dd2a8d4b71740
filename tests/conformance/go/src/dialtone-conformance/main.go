// Command dialtone-conformance calls a running DialTone plugin with grpc-go, the engine's own gRPC stack, dialling
// as the engine dials (insecure, HTTP/2 prior knowledge, 127.0.0.1), and prints what came back as one JSON object.
//
// Usage: dialtone-conformance 127.0.0.1:<port>
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/golang/protobuf/proto"
	structpb "github.com/golang/protobuf/ptypes/struct"
	"google.golang.org/grpc"
	"google.golang.org/grpc/status"
)

const service = "/pulumirpc.ResourceProvider/"

type result struct {
	Handshake     *ProviderHandshakeResponse `json:"handshake"`
	Version       string                     `json:"version"`
	Schema        string                     `json:"schema"`
	CheckFailures []*CheckFailure            `json:"checkFailures"`
	Configure     *ConfigureResponse         `json:"configure"`
	MissingKeys   *errorWithKeys             `json:"missingKeys"`
	UnknownMethod int                        `json:"unknownMethodCode"`
	CancelCode    int                        `json:"cancelCode"`
}

type errorWithKeys struct {
	Code    int           `json:"code"`
	Message string        `json:"message"`
	TypeURL string        `json:"typeUrl"`
	Keys    []*MissingKey `json:"keys"`
}

func text(s string) *structpb.Value {
	return &structpb.Value{Kind: &structpb.Value_StringValue{StringValue: s}}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dialtone-conformance 127.0.0.1:<port>")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := grpc.DialContext(ctx, os.Args[1], grpc.WithInsecure(), grpc.WithBlock())
	must(err)
	defer conn.Close()

	var out result
	out.Handshake = &ProviderHandshakeResponse{}
	must(conn.Invoke(ctx, service+"Handshake", &ProviderHandshakeRequest{EngineAddress: "127.0.0.1:1", ConfigureWithUrn: true}, out.Handshake))
	info := &PluginInfo{}
	must(conn.Invoke(ctx, service+"GetPluginInfo", &Empty{}, info))
	out.Version = info.Version
	schema := &GetSchemaResponse{}
	must(conn.Invoke(ctx, service+"GetSchema", &GetSchemaRequest{}, schema))
	out.Schema = schema.Schema
	check := &CheckResponse{}
	must(conn.Invoke(ctx, service+"CheckConfig", &CheckRequest{
		Urn:  "urn:pulumi:dev::recovery::pulumi:providers:dialtone::default",
		News: &structpb.Struct{Fields: map[string]*structpb.Value{"authentication": text("Token"), "version": text("0.1.0")}},
	}, check))
	out.CheckFailures = check.Failures
	out.Configure = &ConfigureResponse{}
	must(conn.Invoke(ctx, service+"Configure", &ConfigureRequest{
		Args: &structpb.Struct{Fields: map[string]*structpb.Value{}}, AcceptSecrets: true}, out.Configure))

	err = conn.Invoke(ctx, service+"Configure", &ConfigureRequest{Args: &structpb.Struct{Fields: map[string]*structpb.Value{
		"connectionUri": text("https://ex01.contoso.com/PowerShell/"), "authentication": text("Basic"),
		"username": text("CONTOSO\\admin")}}}, &ConfigureResponse{})
	out.MissingKeys = decodeMissingKeys(err)

	out.UnknownMethod = int(status.Code(conn.Invoke(ctx, service+"GetMappings", &Empty{}, &Empty{})))
	out.CancelCode = int(status.Code(conn.Invoke(ctx, service+"Cancel", &Empty{}, &Empty{})))

	must(json.NewEncoder(os.Stdout).Encode(out))
}

// decodeMissingKeys reads the error as the engine does: grpc-status-details-bin, a google.rpc.Status whose details
// hold a pulumirpc.ConfigureErrorMissingKeys.
func decodeMissingKeys(err error) *errorWithKeys {
	s, ok := status.FromError(err)
	if !ok || err == nil {
		return nil
	}
	decoded := &errorWithKeys{Code: int(s.Code()), Message: s.Message()}
	for _, detail := range s.Proto().Details {
		decoded.TypeURL = detail.TypeUrl
		keys := &ConfigureErrorMissingKeys{}
		must(proto.Unmarshal(detail.Value, keys))
		decoded.Keys = keys.MissingKeys
	}
	return decoded
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
