using System;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Cli.Running;

/// <summary>Waits for a task to finish, reporting status and progress changes: a handle's wait after a submit, or a wait from a bare id.</summary>
/// <param name="progress">Receives status and progress changes.</param>
/// <param name="cancellationToken">Stops waiting.</param>
internal delegate Task<SeedreamResult> WaitForTask(IProgress<SeedreamTaskUpdate> progress, CancellationToken cancellationToken);
