using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Seedream.Emulator;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM to the program embedding the emulator (a test
/// runner, the CLI): the emulator stops when it is disposed, not when the console is interrupted.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
