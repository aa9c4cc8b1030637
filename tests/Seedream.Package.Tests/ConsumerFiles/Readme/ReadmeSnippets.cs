global using Seedream;
global using Seedream.Emulator;
global using Seedream.Models;

namespace Readme;

/// <summary>
/// Each C# block of a README becomes one method of this class (in a file the tests write), so a block may
/// use, without declaring them, the names below, which READMEs take as given.
/// </summary>
internal sealed partial class ReadmeSnippets
{
    private readonly string key = "an API key";
    private readonly IProgress<SeedreamTaskUpdate>? progress = null;
    private readonly CancellationToken cancellationToken = CancellationToken.None;
    private readonly WebApplication app = WebApplication.Create();
    private readonly string imagesFolder = "out";
}

/// <summary>What the webhook block records: the tasks whose images are saved.</summary>
internal interface ISavedTasks
{
    bool Contains(string taskId);

    void Add(string taskId);
}
