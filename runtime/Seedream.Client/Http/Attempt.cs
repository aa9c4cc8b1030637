using Seedream.Failures;

namespace Seedream.Http;

/// <summary>What one attempt of a call, or the whole call, came to: a value, or the <see cref="Failures.Failure"/> it was classified as. Never both.</summary>
/// <typeparam name="T">The value a successful attempt gives.</typeparam>
internal readonly struct Attempt<T>
{
    private Attempt(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>The value, when the attempt succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why the attempt failed, when it did.</summary>
    public Failure? Failure { get; }

    /// <summary>A successful attempt.</summary>
    public static Attempt<T> Succeeded(T value) => new Attempt<T>(value, null);

    /// <summary>A failed attempt.</summary>
    public static Attempt<T> Failed(Failure failure) => new Attempt<T>(default, failure);
}
