namespace DialTone.Provider.Components;

/// <summary>The wording of component errors.</summary>
public static class ComponentMessages
{
    public static string ChildFailed(string token, string name) =>
        $"The child resource {name} ({token}) failed; the engine reports why above. Fix that error and run again.";

    public static string UndeclaredOutput(string token, string name) =>
        $"{token} returned the output '{name}', which its outputs record does not declare.";
}
