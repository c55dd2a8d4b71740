using System.Collections.Concurrent;
using System.Globalization;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// Every parameter type the catalogue uses, once. Full type names are those PowerShell prints in conversion errors:
/// taken from the cmdlet reference where it gives them (the 2018 TechNet-format pages list them), otherwise inferred
/// from Exchange's namespaces (marked "inferred").
/// </summary>
public static class ParameterTypes
{
    private const string Tasks = "Microsoft.Exchange.Configuration.Tasks.";
    private const string Mrs = "Microsoft.Exchange.MailboxReplicationService.";
    private static readonly ConcurrentDictionary<string, ParameterType> ExchangeTextTypes = new();

    /// <summary><c>System.String</c>.</summary>
    public static ParameterType String { get; } = new TextType("String", "System.String", isString: true);

    /// <summary><c>System.String[]</c>.</summary>
    public static ParameterType StringArray { get; } = new ArrayType("String[]", "System.String[]", String);

    /// <summary><c>System.Boolean</c>: <c>$true</c>, <c>$false</c> or a number.</summary>
    public static ParameterType Boolean { get; } = new BooleanType("Boolean", "System.Boolean", isSwitch: false);

    /// <summary><c>SwitchParameter</c>.</summary>
    public static ParameterType Switch { get; } = new BooleanType("SwitchParameter", "System.Management.Automation.SwitchParameter", isSwitch: true);

    /// <summary><c>System.Int32</c>.</summary>
    public static ParameterType Int32 { get; } = new IntegerType("Int32", "System.Int32", "Int32", int.MinValue, int.MaxValue);

    /// <summary><c>System.UInt32</c>.</summary>
    public static ParameterType UInt32 { get; } = new IntegerType("UInt32", "System.UInt32", "UInt32", 0, uint.MaxValue);

    /// <summary><c>System.Int64</c>.</summary>
    public static ParameterType Int64 { get; } = new IntegerType("Int64", "System.Int64", "Int64", long.MinValue, long.MaxValue);

    /// <summary><c>System.Guid</c>.</summary>
    public static ParameterType Guid { get; } = new ParsedType<GuidValue>("Guid", "System.Guid",
        text => System.Guid.TryParse(text.Trim(), out var guid) ? new GuidValue(guid) : null,
        "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");

    /// <summary><c>System.DateTime</c>.</summary>
    public static ParameterType DateTime { get; } = new ParsedType<DateTimeValue>("DateTime", "System.DateTime",
        text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? new DateTimeValue(date) : null,
        "String was not recognized as a valid DateTime.");

    /// <summary><c>System.Object</c>: takes any value.</summary>
    public static ParameterType Object { get; } = new ObjectType("Object", "System.Object", acceptsAnything: true);

    /// <summary><c>System.Object[]</c>.</summary>
    public static ParameterType ObjectArray { get; } = new ArrayType("Object[]", "System.Object[]", Object);

    /// <summary><c>PSObject</c>: takes any value.</summary>
    public static ParameterType PSObject { get; } = new ObjectType("PSObject", "System.Management.Automation.PSObject", acceptsAnything: true);

    /// <summary><c>ScriptBlock</c>: only a <see cref="ScriptBlockValue"/>.</summary>
    public static ParameterType ScriptBlock { get; } = new ObjectType("ScriptBlock", "System.Management.Automation.ScriptBlock");

    /// <summary><c>PSCredential</c>: only such an object (DialTone passes no credentials as arguments).</summary>
    public static ParameterType PSCredential { get; } = new ObjectType("PSCredential", "System.Management.Automation.PSCredential");

    /// <summary><c>SecureString</c>: only such an object.</summary>
    public static ParameterType SecureString { get; } = new ObjectType("SecureString", "System.Security.SecureString");

    /// <summary><c>PSSession</c>: only such an object.</summary>
    public static ParameterType PSSession { get; } = new ObjectType("PSSession", "System.Management.Automation.Runspaces.PSSession");

    /// <summary><c>PSSessionOption</c>: only such an object.</summary>
    public static ParameterType PSSessionOption { get; } = new ObjectType("PSSessionOption", "System.Management.Automation.Remoting.PSSessionOption");

    /// <summary>Exchange's <c>Fqdn</c> (a domain controller's name).</summary>
    public static ParameterType Fqdn { get; } = new TextType("Fqdn", "Microsoft.Exchange.Data.Fqdn", isString: false);

    /// <summary><c>ServerIdParameter</c>; takes ExchangeServer objects.</summary>
    public static ParameterType ServerId { get; } = Identity("ServerIdParameter", Tasks, ExchangeTypeNames.ExchangeServer);

    /// <summary><c>DatabaseIdParameter</c>; takes MailboxDatabase objects.</summary>
    public static ParameterType DatabaseId { get; } = Identity("DatabaseIdParameter", Tasks, ExchangeTypeNames.MailboxDatabase);

    /// <summary><c>MailboxIdParameter</c>; takes Mailbox objects.</summary>
    public static ParameterType MailboxId { get; } = Identity("MailboxIdParameter", Tasks, ExchangeTypeNames.Mailbox);

    /// <summary><c>GeneralMailboxOrMailUserIdParameter</c>; takes Mailbox objects.</summary>
    public static ParameterType GeneralMailboxOrMailUserId { get; } = Identity("GeneralMailboxOrMailUserIdParameter", Tasks, ExchangeTypeNames.Mailbox);

    /// <summary><c>MailboxOrMailUserIdParameter</c> (namespace inferred); takes Mailbox objects.</summary>
    public static ParameterType MailboxOrMailUserId { get; } = Identity("MailboxOrMailUserIdParameter", Tasks, ExchangeTypeNames.Mailbox);

    /// <summary><c>StoreMailboxIdParameter</c> (a MailboxGuid, LegacyDN or display name); takes GUIDs and MailboxStatistics objects.</summary>
    public static ParameterType StoreMailboxId { get; } = Identity("StoreMailboxIdParameter", Tasks, ExchangeTypeNames.MailboxStatistics);

    /// <summary>
    /// <c>MailboxLocationIdParameter</c> (New-MailboxRestoreRequest -TargetMailbox on 2016 and later): text only;
    /// a Mailbox object or a <c>System.Guid</c> fails its argument transformation (OfficeDocs-Exchange#1543,
    /// office-docs-powershell#1763).
    /// </summary>
    public static ParameterType MailboxLocationId { get; } =
        new IdentityType("MailboxLocationIdParameter", Tasks + "MailboxLocationIdParameter", [], acceptsGuid: false);

    /// <summary><c>MailboxRestoreRequestIdParameter</c> (<c>alias\name</c>); takes restore request objects.</summary>
    public static ParameterType MailboxRestoreRequestId { get; } = Identity("MailboxRestoreRequestIdParameter", Mrs,
        ExchangeTypeNames.MailboxRestoreRequest, ExchangeTypeNames.MailboxRestoreRequestStatistics);

    /// <summary><c>EdbFilePath</c>: a full local path to the database file.</summary>
    public static ParameterType EdbFilePath { get; } = LocalPath("EdbFilePath", @"D:\Databases\DB1\DB1.edb");

    /// <summary><c>NonRootLocalLongFullPath</c> (namespace inferred): a full local folder path, not a drive root.</summary>
    public static ParameterType NonRootLocalLongFullPath { get; } = LocalPath("NonRootLocalLongFullPath", @"D:\Databases\DB1");

    /// <summary>A path given to eseutil: a full local path Windows PowerShell 5.1 passes on unchanged.</summary>
    public static ParameterType NativePath { get; } = new NativeArgumentType("NativePath", fullPath: true);

    /// <summary>A word given to eseutil (the log prefix of <c>/r</c>) that Windows PowerShell 5.1 passes on unchanged.</summary>
    public static ParameterType NativeWord { get; } = new NativeArgumentType("NativeWord", fullPath: false);

    /// <summary><c>ByteQuantifiedSize</c>: <c>2GB</c>, <c>1.5 MB</c>, a byte count, or the display form.</summary>
    public static ParameterType ByteQuantifiedSize { get; } = new ParsedType<ByteSizeValue>(
        "ByteQuantifiedSize", "Microsoft.Exchange.Data.ByteQuantifiedSize",
        text => Values.ByteQuantifiedSize.TryParse(text, out var bytes) ? new ByteSizeValue(bytes) : null,
        "Input string was not in a correct format.",
        bytes => bytes >= 0 ? new ByteSizeValue((ulong)bytes) : null);

    /// <summary><c>EnhancedTimeSpan</c>: <c>d.hh:mm:ss</c>.</summary>
    public static ParameterType EnhancedTimeSpan { get; } = new ParsedType<TimeSpanValue>(
        "EnhancedTimeSpan", "Microsoft.Exchange.Data.EnhancedTimeSpan",
        text => TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var span) ? new TimeSpanValue(span) : null,
        "String was not recognized as a valid TimeSpan.");

    /// <summary><c>MultiValuedProperty</c> of text (element type inferred).</summary>
    public static ParameterType MultiValuedProperty { get; } =
        new ArrayType("MultiValuedProperty", "Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]", String);

    /// <summary><c>Unlimited&lt;UInt32&gt;</c>, e.g. <c>-ResultSize</c> (inner type inferred).</summary>
    public static ParameterType UnlimitedUInt32 { get; } = new UnlimitedType(UInt32);

    /// <summary><c>Unlimited&lt;Int32&gt;</c>, e.g. <c>-BadItemLimit</c> (inner type inferred).</summary>
    public static ParameterType UnlimitedInt32 { get; } = new UnlimitedType(Int32);

    /// <summary><c>Unlimited&lt;ByteQuantifiedSize&gt;</c>: quotas and size limits.</summary>
    public static ParameterType UnlimitedByteQuantifiedSize { get; } = new UnlimitedType(ByteQuantifiedSize);

    /// <summary><c>Unlimited&lt;EnhancedTimeSpan&gt;</c>, e.g. <c>-CompletedRequestAgeLimit</c>.</summary>
    public static ParameterType UnlimitedEnhancedTimeSpan { get; } = new UnlimitedType(EnhancedTimeSpan);

    /// <summary><c>ConflictResolutionOption</c> (names in the order the 2018 reference lists them).</summary>
    public static ParameterType ConflictResolutionOption { get; } = new EnumType("ConflictResolutionOption", Mrs + "ConflictResolutionOption",
        ["KeepSourceItem", "KeepLatestItem", "KeepAll", "UpdateFromSource", "ForceCopy", "KeepTargetItem"]);

    /// <summary><c>FAICopyOption</c> (<c>-AssociatedMessagesCopyOption</c>).</summary>
    public static ParameterType FaiCopyOption { get; } = new EnumType("FAICopyOption", Mrs + "FAICopyOption",
        ["DoNotCopy", "MapByMessageClass", "Copy"]);

    /// <summary><c>RequestPriority</c>.</summary>
    public static ParameterType RequestPriority { get; } = new EnumType("RequestPriority", Mrs + "RequestPriority",
        ["Lowest", "Lower", "Low", "Normal", "High", "Higher", "Highest", "Emergency"]);

    /// <summary><c>RequestStatus</c> (the 2018 order; Synced and Retrying, listed today, placed last: inferred).</summary>
    public static ParameterType RequestStatus { get; } = new EnumType("RequestStatus", "Microsoft.Exchange.Data.Directory.Recipient.RequestStatus",
        ["None", "Queued", "InProgress", "AutoSuspended", "CompletionInProgress", "Completed", "CompletedWithWarning", "Suspended", "Failed", "Synced", "Retrying"]);

    /// <summary><c>RecipientTypeDetails[]</c>, limited to the values Get-Mailbox's filter documents.</summary>
    public static ParameterType RecipientTypeDetailsArray { get; } = new ArrayType("RecipientTypeDetails[]",
        "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails[]",
        new EnumType("RecipientTypeDetails", "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails",
            ["DiscoveryMailbox", "EquipmentMailbox", "GroupMailbox", "LegacyMailbox", "LinkedMailbox", "LinkedRoomMailbox",
             "RoomMailbox", "SchedulingMailbox", "SharedMailbox", "TeamMailbox", "UserMailbox"]));

    /// <summary><c>SkippableMergeComponent[]</c>, the documented values.</summary>
    public static ParameterType SkippableMergeComponentArray { get; } = new ArrayType("SkippableMergeComponent[]",
        Mrs + "SkippableMergeComponent[]",
        new EnumType("SkippableMergeComponent", Mrs + "SkippableMergeComponent",
            ["FolderACLs", "FolderProperties", "FolderRules", "InitialConnectionValidation"]));

    /// <summary>PowerShell's <c>ActionPreference</c> (Windows PowerShell 5.1 names; values 0-5 in this order, CommandBase.cs).</summary>
    public static ParameterType ActionPreference { get; } = new EnumType("ActionPreference", "System.Management.Automation.ActionPreference",
        ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend"], numberedInOrder: true);

    /// <summary>Test-Path's <c>TestPathType</c> (values 0-2 in this order).</summary>
    public static ParameterType TestPathType { get; } = new EnumType("TestPathType", "Microsoft.PowerShell.Commands.TestPathType",
        ["Any", "Container", "Leaf"], numberedInOrder: true);

    /// <summary>Invoke-Command's <c>AuthenticationMechanism</c> (values 0-6 in this order, RunspaceConnectionInfo.cs).</summary>
    public static ParameterType AuthenticationMechanism { get; } = new EnumType("AuthenticationMechanism",
        "System.Management.Automation.Runspaces.AuthenticationMechanism",
        ["Default", "Basic", "Negotiate", "NegotiateWithImplicitCredential", "Credssp", "Digest", "Kerberos"], numberedInOrder: true);

    /// <summary>
    /// Any other Exchange type DialTone does not interpret (policies, schedules, flags…): it takes the text an
    /// administrator types; a name ending in <c>[]</c> is an array of such text. The full name is inferred:
    /// <c>…Configuration.Tasks.</c> for identity parameters, <c>Microsoft.Exchange.Data.</c> otherwise.
    /// </summary>
    public static ParameterType Exchange(string name) => ExchangeTextTypes.GetOrAdd(name, n => n.EndsWith("[]", StringComparison.Ordinal)
        ? new ArrayType(n, FullNameOf(n[..^2]) + "[]", Exchange(n[..^2]))
        : new TextType(n, FullNameOf(n), isString: false));

    private static string FullNameOf(string name) =>
        (name.EndsWith("IdParameter", StringComparison.Ordinal) ? Tasks : "Microsoft.Exchange.Data.") + name;

    private static IdentityType Identity(string name, string @namespace, params string[] objectTypes) =>
        new(name, @namespace + name, objectTypes, acceptsGuid: true);

    private static ParsedType<StringValue> LocalPath(string name, string example) => new(
        name, "Microsoft.Exchange.Data." + name,
        text => LocalPaths.IsFullLocalPath(text) ? new StringValue(text) : null,
        $"The path must be a full local path, such as {example}.");
}
