using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>Generates a valid value for any catalogued parameter type, hostile text included.</summary>
internal static class ValueSamples
{
    public static readonly string[] HostileTexts =
    [
        "DTDB1", "O'Brien", "$(Remove-MailboxDatabase DB01)", "a; b | c", "back`tick", "\u2018smart\u2019 \u201Cquotes\u201D",
        "\u201Alow\u201B and \u201Elow\u201D", "line1\nline2", "\u00FCn\u00EFc\u00F8d\u00E9 \u2013dash", "-Confirm:$false", "",
    ];

    /// <summary>
    /// Every catalogued cmdlet with each parameter set DialTone binds: all but Invoke-Command's InProcess set, since DialTone
    /// runs Invoke-Command only on a named server (CommandScopeTests).
    /// </summary>
    public static IEnumerable<(CmdletDefinition Cmdlet, string Set)> BindableSets() =>
        CmdletCatalogue.Default.All.SelectMany(cmdlet => cmdlet.ParameterSets
            .Where(set => !(cmdlet.Scope == CommandScope.Remoting && set.Name == "InProcess"))
            .Select(set => (cmdlet, set.Name)));

    /// <summary>
    /// A command of <paramref name="cmdlet"/> giving every parameter of <paramref name="set"/> a value; a different
    /// <paramref name="seed"/> gives its text parameters other hostile texts.
    /// </summary>
    public static ExchangeCommand CommandFor(CmdletDefinition cmdlet, string set, int seed = 0)
    {
        var command = new ExchangeCommand(cmdlet.Name);
        var index = seed;
        foreach (var parameter in cmdlet.Parameters.Where(p => p.In(set) is not null))
        {
            command = command.With(parameter.Name, Sample(parameter, index++));
        }
        return command;
    }

    private static ExchangeValue Sample(ParameterDefinition parameter, int seed) => parameter.Name switch
    {
        "ComputerName" => new ArrayValue(["EX01"]),
        _ => Sample(parameter.Type, seed, parameter.IsMandatoryInSomeSet),
    };

    public static ExchangeValue Sample(ParameterType type, int seed, bool mandatory = false) => type switch
    {
        BooleanType { IsSwitch: true } => new SwitchValue(seed % 2 == 0),
        BooleanType => new BooleanValue(seed % 2 == 1),
        IntegerType => 42,
        EnumType enumeration => enumeration.Names[seed % enumeration.Names.Count],
        UnlimitedType unlimited => seed % 2 == 0 ? ExchangeValue.Unlimited : Sample(unlimited.Inner, seed),
        ArrayType array => new ArrayValue([Sample(array.Element, seed, mandatory), Sample(array.Element, seed + 1, mandatory)]),
        _ when type == ParameterTypes.Guid => Guid.Parse($"00000000-0000-0000-0000-{seed:D12}"),
        _ when type == ParameterTypes.DateTime => new DateTimeValue(new DateTimeOffset(2025, 1, 31, 10, seed % 60, 0, TimeSpan.FromHours(1))),
        _ when type == ParameterTypes.ByteQuantifiedSize => new ByteSizeValue(159_449_088UL + (ulong)seed),
        _ when type == ParameterTypes.EnhancedTimeSpan => new TimeSpanValue(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(seed)),
        _ when type == ParameterTypes.NativePath => $@"E:\Data base {seed}\O'Brien $x; `{seed}\DB{seed}.edb",
        _ when type == ParameterTypes.NativeWord => $"E{seed % 100:D2}",
        _ when type == ParameterTypes.EdbFilePath => $@"D:\Data base {seed}\DB{seed}.edb",
        _ when type == ParameterTypes.NonRootLocalLongFullPath => $@"E:\Logs {seed}",
        _ when type == ParameterTypes.ScriptBlock => new ScriptBlockValue(new ExchangeCommand("Move-Item")
            .With("Path", @"D:\DialTone\*").With("Destination", @"\\EX02\E$\RDB1")),
        // A command holds values, never objects: a parameter of an object type (PSCredential, …) binds only $null.
        ObjectType when type.FullName is "System.Object" or "System.Management.Automation.PSObject" => Text(seed, mandatory),
        ObjectType => ExchangeValue.Null,
        // Mandatory parameters and identities refuse empty text.
        _ => Text(seed, mandatory || type is IdentityType),
    };

    private static string Text(int seed, bool nonEmpty)
    {
        var text = HostileTexts[seed % HostileTexts.Length];
        return nonEmpty && text.Length == 0 ? "non-empty" : text;
    }

    /// <summary>One value of every kind the model has.</summary>
    public static IEnumerable<ExchangeValue> EveryKind()
    {
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox,
        [
            new("Name", "O'Brien"),
            new("ExchangeGuid", Guid.Parse("1d20855f-fd54-4681-98e6-e249f7326ddd")),
            new("ProhibitSendQuota", ExchangeValue.Unlimited),
            new("EmailAddresses", new ArrayValue(["SMTP:obrien@contoso.com", "X500:/o=Contoso/cn=obrien"])),
        ]);
        yield return "text with 'quotes' and \u2019smart\u2019 ones";
        yield return "";
        yield return long.MinValue;
        yield return true;
        yield return new SwitchValue(false);
        yield return ExchangeValue.Null;
        yield return new ArrayValue([1, "two", new ArrayValue([]), ExchangeValue.Null]);
        yield return Guid.Parse("3be24c07-6f3d-4f90-b506-c69508776ade");
        yield return new DateTimeValue(new DateTimeOffset(2025, 7, 23, 14, 5, 6, 789, TimeSpan.FromHours(-5)).AddTicks(1234));
        yield return new ByteSizeValue(ulong.MaxValue);
        yield return ExchangeValue.Unlimited;
        yield return new TimeSpanValue(new TimeSpan(30, 1, 2, 3, 456));
        yield return new ScriptBlockValue(new ExchangeCommand("eseutil").With("mh", @"E:\RDB1\DB1.edb"));
        yield return new ObjectValue(mailbox);
    }
}
