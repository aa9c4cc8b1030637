using System;
using Microsoft.Extensions.Options;

namespace Seedream;

/// <summary>
/// Validates <see cref="SeedreamClientOptions"/> registered by <c>AddSeedream</c> with the same rules as the
/// <see cref="SeedreamClient"/> constructor, so a bad key or address fails when options are first read (on
/// host start, where the host validates on start) with a message naming the option, not on every call.
/// </summary>
internal sealed class SeedreamClientOptionsValidation : IValidateOptions<SeedreamClientOptions>
{
    public ValidateOptionsResult Validate(string? name, SeedreamClientOptions options)
    {
        try
        {
            options.Snapshot();
            return ValidateOptionsResult.Success;
        }
        catch (SeedreamOptionsException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
