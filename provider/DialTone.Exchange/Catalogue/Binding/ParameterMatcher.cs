using DialTone.Exchange.Errors;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// PowerShell's parameter name matching (MergedCommandParameterMetadata.GetMatchingParameter): an exact name or
/// alias wins; otherwise a prefix of names and aliases, ignoring case. When a prefix matches several parameters and
/// exactly one of them is the cmdlet's own (not a common or ShouldProcess parameter), that one wins; otherwise the
/// name is ambiguous.
/// </summary>
internal static class ParameterMatcher
{
    /// <summary>The matching parameter, null when none matches, or the ambiguity error.</summary>
    public static (ParameterDefinition? Parameter, ExchangeError? Error) Match(CmdletDefinition cmdlet, string typedName)
    {
        if (cmdlet.Index.FindExact(typedName) is { } exact)
        {
            return (exact, null);
        }
        var matches = cmdlet.Parameters.Where(p => p.Name.StartsWith(typedName, StringComparison.OrdinalIgnoreCase)).ToList();
        matches.AddRange(cmdlet.Parameters.Where(p =>
            !matches.Contains(p) && p.Aliases.Any(alias => alias.StartsWith(typedName, StringComparison.OrdinalIgnoreCase))));
        if (matches.Count <= 1)
        {
            return (matches.FirstOrDefault(), null);
        }
        var declared = matches.Where(p => p.Origin == ParameterOrigin.Declared).ToList();
        return declared.Count == 1
            ? (declared[0], null)
            : (null, PowerShellErrors.AmbiguousParameter(typedName, matches.Select(p => p.Name)));
    }
}
