using DialTone.Provider.Contracts;
using Wire = DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>The provider's domain answers, turned into the engine's response messages.</summary>
internal static class WireResponses
{
    public static Wire.CheckResponse ToWire(CheckResponse response)
    {
        var message = new Wire.CheckResponse { Inputs = ValueConverter.ToStruct(response.Inputs) };
        message.Failures.AddRange(response.Failures.Select(failure =>
            new Wire.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        return message;
    }

    public static Wire.DiffResponse ToWire(DiffResponse response)
    {
        var message = new Wire.DiffResponse
        {
            Changes = (Wire.DiffResponse.Types.DiffChanges)response.Changes,
            DeleteBeforeReplace = response.DeleteBeforeReplace,
            HasDetailedDiff = true,
        };
        message.Replaces.AddRange(response.Replaces);
        message.Diffs.AddRange(response.Diffs);
        foreach (var (path, diff) in response.DetailedDiff)
        {
            message.DetailedDiff[path] = new Wire.PropertyDiff
            {
                Kind = (Wire.PropertyDiff.Types.Kind)diff.Kind,
                InputDiff = diff.InputDiff,
            };
        }
        return message;
    }

    public static Wire.CreateResponse ToWire(CreateResponse response) =>
        new() { Id = response.Id, Properties = ValueConverter.ToStruct(response.Properties) };

    public static Wire.ReadResponse ToWire(ReadResponse response) => new()
    {
        Id = response.Id,
        // A resource that is gone has no properties at all: the engine's import reads absent (not empty) properties
        // as "resource '<id>' does not exist", and a refresh reads the empty id as a delete.
        Properties = response.Id.Length == 0 ? null : ValueConverter.ToStruct(response.Properties),
        Inputs = response.Inputs is null ? null : ValueConverter.ToStruct(response.Inputs),
    };

    public static Wire.UpdateResponse ToWire(UpdateResponse response) =>
        new() { Properties = ValueConverter.ToStruct(response.Properties) };

    public static Wire.ConstructResponse ToWire(ConstructResponse response) =>
        new() { Urn = response.Urn, State = ValueConverter.ToStruct(response.State) };
}
