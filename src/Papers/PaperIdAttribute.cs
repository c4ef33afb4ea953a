using System;

namespace Papers;

/// <summary>
/// Marks a string parameter, property or field that holds a paper's id or member name (or its short name or
/// title, as the library's look-ups accept). A constant that reaches it and names no paper of the project's
/// catalog is a build warning at the constant (PAPER018), with the nearest ids as a hint; on a member that holds
/// no string the attribute is an error (PAPER019).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PaperIdAttribute : Attribute
{
}
