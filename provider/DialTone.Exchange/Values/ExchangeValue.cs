using System.Globalization;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;

namespace DialTone.Exchange.Values;

/// <summary>
/// One typed value: a parameter argument of a command, or a property (or whole output) of a result.
/// The kinds are those an Exchange Management Shell session passes around; each kind is a sealed record,
/// so values compare by content. Binding converts a value to the kind its parameter's type declares.
/// </summary>
public abstract record ExchangeValue
{
    private protected ExchangeValue()
    {
    }

    /// <summary><c>$null</c>.</summary>
    public static NullValue Null { get; } = new();

    /// <summary>The <c>Unlimited</c> value of Exchange's <c>Unlimited&lt;T&gt;</c> types.</summary>
    public static UnlimitedValue Unlimited { get; } = new();

    /// <summary>How the Exchange Management Shell shows the value in a list or table (en-US).</summary>
    public abstract string ToDisplayString();

    /// <summary>A string value.</summary>
    public static implicit operator ExchangeValue(string value) => new StringValue(value);

    /// <summary>An integer value.</summary>
    public static implicit operator ExchangeValue(long value) => new IntegerValue(value);

    /// <summary>A Boolean value (<c>$true</c>/<c>$false</c>), not a switch.</summary>
    public static implicit operator ExchangeValue(bool value) => new BooleanValue(value);

    /// <summary>A GUID value.</summary>
    public static implicit operator ExchangeValue(Guid value) => new GuidValue(value);
}

/// <summary>A string (<c>System.String</c>).</summary>
/// <param name="Value">The text, exactly; it may be empty and may hold any character.</param>
public sealed record StringValue(string Value) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Value;
}

/// <summary>A whole number (PowerShell's <c>Int32</c>/<c>Int64</c>).</summary>
/// <param name="Value">The number.</param>
public sealed record IntegerValue(long Value) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A Boolean passed as an argument (<c>-AllowFileRestore $true</c>) or held by a property.</summary>
/// <param name="Value">The Boolean.</param>
public sealed record BooleanValue(bool Value) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Value ? "True" : "False";
}

/// <summary>A switch parameter: present (<c>-Force</c>) or explicitly off (<c>-Confirm:$false</c>).</summary>
/// <param name="IsPresent">True for <c>-Name</c>, false for <c>-Name:$false</c>.</param>
public sealed record SwitchValue(bool IsPresent) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => IsPresent ? "True" : "False";
}

/// <summary><c>$null</c>; use <see cref="ExchangeValue.Null"/>.</summary>
public sealed record NullValue : ExchangeValue
{
    internal NullValue()
    {
    }

    /// <inheritdoc />
    public override string ToDisplayString() => "";
}

/// <summary>An array (<c>String[]</c>, <c>MultiValuedProperty</c>, …).</summary>
/// <param name="Items">The elements, in order.</param>
public sealed record ArrayValue(EquatableArray<ExchangeValue> Items) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => "{" + string.Join(", ", Items.Select(item => item.ToDisplayString())) + "}";
}

/// <summary>A GUID (<c>ExchangeGuid</c>, <c>MailboxGuid</c>, <c>RequestGuid</c>, …).</summary>
/// <param name="Value">The GUID.</param>
public sealed record GuidValue(Guid Value) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Value.ToString("D");
}

/// <summary>A point in time (<c>System.DateTime</c>), kept with its offset so it round-trips.</summary>
/// <param name="Value">The instant and its offset.</param>
public sealed record DateTimeValue(DateTimeOffset Value) : ExchangeValue
{
    /// <summary>
    /// Equal when both the instant and the offset are equal: <see cref="DateTimeOffset.Equals(DateTimeOffset)"/> alone
    /// ignores the offset, which would let a round trip that loses it pass unnoticed.
    /// </summary>
    public bool Equals(DateTimeValue? other) => other is not null && Value.Equals(other.Value) && Value.Offset == other.Value.Offset;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Value.Offset);

    /// <inheritdoc />
    public override string ToDisplayString() => Value.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture);
}

/// <summary>An Exchange <c>ByteQuantifiedSize</c> such as <c>152.1 MB (159,449,088 bytes)</c>.</summary>
/// <param name="Bytes">The exact size in bytes.</param>
public sealed record ByteSizeValue(ulong Bytes) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => ByteQuantifiedSize.Format(Bytes);
}

/// <summary>The <c>Unlimited</c> value of an <c>Unlimited&lt;T&gt;</c>; use <see cref="ExchangeValue.Unlimited"/>.</summary>
public sealed record UnlimitedValue : ExchangeValue
{
    internal UnlimitedValue()
    {
    }

    /// <inheritdoc />
    public override string ToDisplayString() => "Unlimited";
}

/// <summary>An Exchange <c>EnhancedTimeSpan</c> (or <c>TimeSpan</c>) such as <c>30.00:00:00</c>.</summary>
/// <param name="Value">The duration.</param>
public sealed record TimeSpanValue(TimeSpan Value) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Value.ToString("c", CultureInfo.InvariantCulture);
}

/// <summary>
/// A script block, <c>{ … }</c>: the body of <c>Invoke-Command -ScriptBlock</c>. It holds commands as data,
/// never script text.
/// </summary>
/// <param name="Pipeline">The pipeline the script block runs.</param>
public sealed record ScriptBlockValue(Pipeline Pipeline) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => "{ " + string.Join(" | ", Pipeline.Commands.Select(c => c.Cmdlet)) + " }";
}

/// <summary>
/// An object: one output of a cmdlet (a mailbox, a database, …), or such an object passed on as an argument
/// (<c>-TargetMailbox $_</c>). It has no literal form in the shell's syntax.
/// </summary>
/// <param name="Object">The object.</param>
public sealed record ObjectValue(ExchangeObject Object) : ExchangeValue
{
    /// <inheritdoc />
    public override string ToDisplayString() => Object.ToString();
}
