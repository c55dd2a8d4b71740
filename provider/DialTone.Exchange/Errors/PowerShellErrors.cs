namespace DialTone.Exchange.Errors;

/// <summary>
/// The errors PowerShell itself raises while binding and running a command, worded as Windows PowerShell 5.1 words
/// them (the engine behind the Exchange Management Shell; texts from PowerShell's ParameterBinderStrings,
/// ExtendedTypeSystem and HostInterfaceExceptionsStrings resources as of the 5.1 code base).
/// </summary>
public static class PowerShellErrors
{
    private const string BindingException = "ParameterBindingException";

    /// <summary><c>-Foo</c> matches no parameter of the command.</summary>
    public static ExchangeError NamedParameterNotFound(string typedName) => new(
        ErrorCategory.InvalidArgument,
        $"A parameter cannot be found that matches parameter name '{typedName}'.",
        "NamedParameterNotFound",
        BindingException);

    /// <summary>An abbreviated parameter name matches several parameters.</summary>
    public static ExchangeError AmbiguousParameter(string typedName, IEnumerable<string> matches) => new(
        ErrorCategory.InvalidArgument,
        $"Parameter cannot be processed because the parameter name '{typedName}' is ambiguous. Possible matches include:"
            + string.Concat(matches.Select(match => " -" + match)) + ".",
        "AmbiguousParameter",
        BindingException);

    /// <summary>A positional argument is left over after every positional parameter has been bound.</summary>
    public static ExchangeError PositionalParameterNotFound(string argument) => new(
        ErrorCategory.InvalidArgument,
        $"A positional parameter cannot be found that accepts argument '{argument}'.",
        "PositionalParameterNotFound",
        BindingException);

    /// <summary>The same parameter is given twice.</summary>
    public static ExchangeError ParameterAlreadyBound(string name) => new(
        ErrorCategory.InvalidArgument,
        $"Cannot bind parameter because parameter '{name}' is specified more than once. To provide multiple values to "
            + "parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
        "ParameterAlreadyBound",
        BindingException);

    /// <summary>A parameter that takes a value is given without one.</summary>
    public static ExchangeError MissingArgument(string name, string typeName) => new(
        ErrorCategory.InvalidArgument,
        $"Missing an argument for parameter '{name}'. Specify a parameter of type '{typeName}' and try again.",
        "MissingArgument",
        BindingException);

    /// <summary>The given parameters fit no parameter set, or several equally (Windows PowerShell 5.1 wording).</summary>
    public static ExchangeError AmbiguousParameterSet() => new(
        ErrorCategory.InvalidArgument,
        "Parameter set cannot be resolved using the specified named parameters.",
        "AmbiguousParameterSet",
        BindingException);

    /// <summary>Mandatory parameters are missing and the session cannot prompt for them.</summary>
    public static ExchangeError MissingMandatoryParameters(IEnumerable<string> names) => new(
        ErrorCategory.InvalidArgument,
        "Cannot process command because of one or more missing mandatory parameters:"
            + string.Concat(names.Select(name => " " + name)) + ".",
        "MissingMandatoryParameter",
        BindingException);

    /// <summary><c>$null</c> given to a parameter that is mandatory in some parameter set.</summary>
    public static ExchangeError NullNotAllowed(string name) => new(
        ErrorCategory.InvalidData,
        $"Cannot bind argument to parameter '{name}' because it is null.",
        "ParameterArgumentValidationErrorNullNotAllowed",
        "ParameterBindingValidationException");

    /// <summary><c>$null</c> given to a <c>System.Boolean</c> parameter, mandatory or not (a switch takes it as present).</summary>
    public static ExchangeError NullForBoolean(string name) => new(
        ErrorCategory.InvalidArgument,
        $"Cannot bind argument to parameter '{name}' because it is null.",
        "ParameterArgumentValidationErrorNullNotAllowed",
        BindingException);

    /// <summary>An empty string given to a mandatory <c>String</c> parameter.</summary>
    public static ExchangeError EmptyStringNotAllowed(string name) => new(
        ErrorCategory.InvalidData,
        $"Cannot bind argument to parameter '{name}' because it is an empty string.",
        "ParameterArgumentValidationErrorEmptyStringNotAllowed",
        "ParameterBindingValidationException");

    /// <summary>An empty array given to a mandatory array parameter (<c>String[]</c>).</summary>
    public static ExchangeError EmptyArrayNotAllowed(string name) => new(
        ErrorCategory.InvalidData,
        $"Cannot bind argument to parameter '{name}' because it is an empty array.",
        "ParameterArgumentValidationErrorEmptyArrayNotAllowed",
        "ParameterBindingValidationException");

    /// <summary>An empty collection given to a mandatory collection parameter (<c>MultiValuedProperty</c>).</summary>
    public static ExchangeError EmptyCollectionNotAllowed(string name) => new(
        ErrorCategory.InvalidData,
        $"Cannot bind argument to parameter '{name}' because it is an empty collection.",
        "ParameterArgumentValidationErrorEmptyCollectionNotAllowed",
        "ParameterBindingValidationException");

    /// <summary>The parameter's argument transformation refused the value (Exchange identity parameters).</summary>
    public static ExchangeError ArgumentTransformation(string name, string detail) => new(
        ErrorCategory.InvalidData,
        $"Cannot process argument transformation on parameter '{name}'. {detail}",
        "ParameterArgumentTransformationError",
        "ParameterBindingArgumentTransformationException");

    /// <summary>Type conversion of the value failed with a conversion message.</summary>
    public static ExchangeError CannotConvertArgumentNoMessage(string name, string detail) => new(
        ErrorCategory.InvalidArgument,
        $"Cannot bind parameter '{name}'. {detail}",
        "CannotConvertArgumentNoMessage",
        BindingException);

    /// <summary>A value of one type cannot become the parameter's type at all (PowerShell keeps the trailing space).</summary>
    public static ExchangeError CannotConvertArgument(string name, string fromType, string toType, string detail) => new(
        ErrorCategory.InvalidArgument,
        $"Cannot convert '{fromType}' to the type '{toType}' required by parameter '{name}'. {detail}",
        "CannotConvertArgument",
        BindingException);

    /// <summary>A pipeline object reaches a command that takes no pipeline input (or whose pipeline parameter is already bound).</summary>
    public static ExchangeError InputObjectNotBound(string? target) => new(
        ErrorCategory.InvalidArgument,
        "The input object cannot be bound to any parameters for the command either because the command does not take "
            + "pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
        "InputObjectNotBound",
        BindingException,
        target);

    /// <summary>A pipeline object binds, but the command still lacks mandatory parameters.</summary>
    public static ExchangeError InputObjectMissingMandatory(IEnumerable<string> names, string? target) => new(
        ErrorCategory.InvalidArgument,
        "The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: "
            + string.Concat(names.Select(name => " " + name)),
        "InputObjectMissingMandatory",
        BindingException,
        target);

    /// <summary>The command name is not known.</summary>
    public static ExchangeError CommandNotFound(string name) => new(
        ErrorCategory.ObjectNotFound,
        $"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable program. "
            + "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
        "CommandNotFoundException",
        "CommandNotFoundException",
        name);

    /// <summary>
    /// A command would ask for confirmation (<c>ShouldProcess</c>) in a session that cannot prompt, as a
    /// non-interactive remote session cannot; <c>-Confirm:$false</c> avoids it.
    /// </summary>
    /// <param name="confirmationMessage">What the prompt would have asked, e.g. <c>Are you sure you want to perform this action?</c> and the action.</param>
    public static ExchangeError ConfirmationNotPossible(string confirmationMessage) => new(
        ErrorCategory.NotImplemented,
        "A command that prompts the user failed because the host program or the command type does not support user "
            + $"interaction. The host was attempting to request confirmation with the following message: {confirmationMessage}",
        "HostFunctionNotImplemented",
        "HostException");
}
