namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 code declare records and <c>init</c> accessors (the type ships only in .NET 5+).</summary>
internal static class IsExternalInit
{
}
