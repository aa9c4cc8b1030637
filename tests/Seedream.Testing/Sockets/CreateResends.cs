using System.Collections.Generic;

namespace Seedream.Testing.Sockets;

/// <summary>
/// The unsafe re-send judgement: a create (<c>POST /v1/tasks</c>) may reach the server again only when every
/// earlier create was answered with something that certainly created nothing (<see cref="Answer.CreatedNothing"/>).
/// </summary>
public static class CreateResends
{
    /// <summary>How many creates in <paramref name="exchanges"/> (in arrival order) were sent after a create that may have created a task.</summary>
    /// <param name="exchanges">What the server received and answered.</param>
    public static int Unsafe(IEnumerable<Exchange> exchanges)
    {
        var unsafeCount = 0;
        var mayHaveCreated = false;
        foreach (var exchange in exchanges)
        {
            if (!exchange.Request.IsCreate)
            {
                continue;
            }

            if (mayHaveCreated)
            {
                unsafeCount++;
            }

            mayHaveCreated |= !exchange.Answer.CreatedNothing;
        }

        return unsafeCount;
    }
}
