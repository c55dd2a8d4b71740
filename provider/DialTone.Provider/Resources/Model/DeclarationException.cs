namespace DialTone.Provider.Resources.Model;

/// <summary>
/// A resource declaration the model cannot use, found when the plugin starts: the message names <c>Type.Member</c>
/// and what to write instead. It is a bug in the provider, never the user's input.
/// </summary>
public sealed class DeclarationException(string message) : Exception(message);
