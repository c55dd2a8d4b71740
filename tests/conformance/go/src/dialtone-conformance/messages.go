package main

// The pulumirpc messages this client sends and reads, declared by hand with golang/protobuf's struct tags (field
// numbers exactly Pulumi's): Debian ships grpc-go and golang/protobuf but no protoc-gen-go, and grpc-go's default
// codec marshals any struct declared this way.

import (
	"github.com/golang/protobuf/proto"
	structpb "github.com/golang/protobuf/ptypes/struct"
)

type ProviderHandshakeRequest struct {
	EngineAddress    string `protobuf:"bytes,1,opt,name=engine_address,proto3"`
	RootDirectory    string `protobuf:"bytes,2,opt,name=root_directory,proto3"`
	ProgramDirectory string `protobuf:"bytes,3,opt,name=program_directory,proto3"`
	ConfigureWithUrn bool   `protobuf:"varint,4,opt,name=configure_with_urn,proto3"`
	SupportsViews    bool   `protobuf:"varint,5,opt,name=supports_views,proto3"`
}

type ProviderHandshakeResponse struct {
	AcceptSecrets   bool `protobuf:"varint,1,opt,name=accept_secrets,proto3"`
	AcceptResources bool `protobuf:"varint,2,opt,name=accept_resources,proto3"`
	AcceptOutputs   bool `protobuf:"varint,3,opt,name=accept_outputs,proto3"`
}

type PluginInfo struct {
	Version string `protobuf:"bytes,1,opt,name=version,proto3"`
}

type GetSchemaRequest struct {
	Version int32 `protobuf:"varint,1,opt,name=version,proto3"`
}

type GetSchemaResponse struct {
	Schema string `protobuf:"bytes,1,opt,name=schema,proto3"`
}

type CheckRequest struct {
	Urn  string           `protobuf:"bytes,1,opt,name=urn,proto3"`
	Olds *structpb.Struct `protobuf:"bytes,2,opt,name=olds,proto3"`
	News *structpb.Struct `protobuf:"bytes,3,opt,name=news,proto3"`
}

type CheckFailure struct {
	Property string `protobuf:"bytes,1,opt,name=property,proto3"`
	Reason   string `protobuf:"bytes,2,opt,name=reason,proto3"`
}

type CheckResponse struct {
	Inputs   *structpb.Struct `protobuf:"bytes,1,opt,name=inputs,proto3"`
	Failures []*CheckFailure  `protobuf:"bytes,2,rep,name=failures,proto3"`
}

type ConfigureRequest struct {
	Args          *structpb.Struct `protobuf:"bytes,2,opt,name=args,proto3"`
	AcceptSecrets bool             `protobuf:"varint,3,opt,name=acceptSecrets,proto3"`
}

type ConfigureResponse struct {
	AcceptSecrets   bool `protobuf:"varint,1,opt,name=acceptSecrets,proto3"`
	SupportsPreview bool `protobuf:"varint,2,opt,name=supportsPreview,proto3"`
}

type MissingKey struct {
	Name        string `protobuf:"bytes,1,opt,name=name,proto3"`
	Description string `protobuf:"bytes,2,opt,name=description,proto3"`
}

type ConfigureErrorMissingKeys struct {
	MissingKeys []*MissingKey `protobuf:"bytes,1,rep,name=missingKeys,proto3"`
}

type Empty struct{}

func (m *ProviderHandshakeRequest) Reset()         { *m = ProviderHandshakeRequest{} }
func (m *ProviderHandshakeRequest) String() string { return proto.CompactTextString(m) }
func (*ProviderHandshakeRequest) ProtoMessage()    {}

func (m *ProviderHandshakeResponse) Reset()         { *m = ProviderHandshakeResponse{} }
func (m *ProviderHandshakeResponse) String() string { return proto.CompactTextString(m) }
func (*ProviderHandshakeResponse) ProtoMessage()    {}

func (m *PluginInfo) Reset()         { *m = PluginInfo{} }
func (m *PluginInfo) String() string { return proto.CompactTextString(m) }
func (*PluginInfo) ProtoMessage()    {}

func (m *GetSchemaRequest) Reset()         { *m = GetSchemaRequest{} }
func (m *GetSchemaRequest) String() string { return proto.CompactTextString(m) }
func (*GetSchemaRequest) ProtoMessage()    {}

func (m *GetSchemaResponse) Reset()         { *m = GetSchemaResponse{} }
func (m *GetSchemaResponse) String() string { return proto.CompactTextString(m) }
func (*GetSchemaResponse) ProtoMessage()    {}

func (m *CheckRequest) Reset()         { *m = CheckRequest{} }
func (m *CheckRequest) String() string { return proto.CompactTextString(m) }
func (*CheckRequest) ProtoMessage()    {}

func (m *CheckFailure) Reset()         { *m = CheckFailure{} }
func (m *CheckFailure) String() string { return proto.CompactTextString(m) }
func (*CheckFailure) ProtoMessage()    {}

func (m *CheckResponse) Reset()         { *m = CheckResponse{} }
func (m *CheckResponse) String() string { return proto.CompactTextString(m) }
func (*CheckResponse) ProtoMessage()    {}

func (m *ConfigureRequest) Reset()         { *m = ConfigureRequest{} }
func (m *ConfigureRequest) String() string { return proto.CompactTextString(m) }
func (*ConfigureRequest) ProtoMessage()    {}

func (m *ConfigureResponse) Reset()         { *m = ConfigureResponse{} }
func (m *ConfigureResponse) String() string { return proto.CompactTextString(m) }
func (*ConfigureResponse) ProtoMessage()    {}

func (m *MissingKey) Reset()         { *m = MissingKey{} }
func (m *MissingKey) String() string { return proto.CompactTextString(m) }
func (*MissingKey) ProtoMessage()    {}

func (m *ConfigureErrorMissingKeys) Reset()         { *m = ConfigureErrorMissingKeys{} }
func (m *ConfigureErrorMissingKeys) String() string { return proto.CompactTextString(m) }
func (*ConfigureErrorMissingKeys) ProtoMessage()    {}

func (m *Empty) Reset()         { *m = Empty{} }
func (m *Empty) String() string { return proto.CompactTextString(m) }
func (*Empty) ProtoMessage()    {}
