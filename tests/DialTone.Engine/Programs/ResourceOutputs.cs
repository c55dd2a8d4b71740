
namespace DialTone.Engine.Programs;

/// <summary>What a program can read of a registered resource: its URN, id ("" while unknown) and outputs.</summary>
internal sealed record ResourceOutputs(string Urn, string Id, PropertyMap Outputs);
