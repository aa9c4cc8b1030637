namespace Seedream.Cli.Output;

/// <summary>What a progress display shows while a task is followed to the end.</summary>
internal interface ITaskProgressView
{
    /// <summary>The task's status or progress changed.</summary>
    /// <param name="update">The change, as the client reports it.</param>
    void Update(SeedreamTaskUpdate update);

    /// <summary>The task completed and its images are being saved.</summary>
    /// <param name="imageCount">How many result items are being saved.</param>
    void Saving(int imageCount);
}
