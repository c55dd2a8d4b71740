namespace DialTone.Exchange.Errors;

/// <summary>
/// Errors Exchange's own cmdlets raise that every transport reports alike. Exchange's <c>FullyQualifiedErrorId</c>
/// starts with the server, request id and time stamp; <see cref="ExchangeError.ErrorId"/> keeps only the failure
/// category (the exception type). As in the reported records, no target object is set: the message names it.
/// </summary>
public static class ExchangeErrors
{
    /// <summary>
    /// No object has the identity given, e.g. <c>The operation couldn't be performed because object 'DB9' couldn't be
    /// found on 'dc01.contoso.com'.</c> (the wording of a reported Get-MailboxServer error, dpaulson45/HealthChecker#213).
    /// </summary>
    public static ExchangeError ObjectNotFound(string identity, string domainController) => new(
        ErrorCategory.NotSpecified,
        $"The operation couldn't be performed because object '{identity}' couldn't be found on '{domainController}'.",
        "ManagementObjectNotFoundException",
        "ManagementObjectNotFoundException");

    /// <summary>Several objects answer to the identity given (wording inferred from Exchange's ManagementObjectAmbiguousException).</summary>
    public static ExchangeError ObjectAmbiguous(string identity) => new(
        ErrorCategory.NotSpecified,
        $"The operation couldn't be performed because '{identity}' matches multiple entries.",
        "ManagementObjectAmbiguousException",
        "ManagementObjectAmbiguousException");
}
