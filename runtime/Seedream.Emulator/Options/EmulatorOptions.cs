using System;
using System.Collections.Generic;

namespace Seedream.Emulator;

/// <summary>
/// How the emulator behaves: where it listens, the key it accepts, how long tasks take, how often
/// they fail, how its images and links look, and which faults it injects. Every property can be
/// bound from configuration (for example <c>--Emulator:ApiKey=sk-test</c> on the command line).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section the standalone emulator binds these options from.</summary>
    public const string SectionName = "Emulator";

    /// <summary>
    /// The URL Kestrel listens on. Port 0 picks a free port; the default is a free loopback port (<c>http://127.0.0.1:0</c>),
    /// so nothing beyond this machine reaches the emulator unless a URL such as <c>http://0.0.0.0:5080</c> says so.
    /// </summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>The default of <see cref="ApiKey"/>, published in this documentation: anyone may use it.</summary>
    public const string DefaultApiKey = "sk-emulator";

    /// <summary>
    /// The API key accepted in <c>Authorization: Bearer &lt;key&gt;</c>; any other key answers 401. Default
    /// <see cref="DefaultApiKey"/>: set a key of your own when the emulator listens beyond loopback.
    /// </summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>How long a new task stays <c>queued</c> (the only status in which it can be cancelled).</summary>
    public TimeSpan QueueDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a task is <c>processing</c>, with <c>progress</c> rising from 1 to 99, before it completes or fails.</summary>
    public TimeSpan ProcessingDuration { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Share of tasks, from 0 to 1, that end <c>failed</c> instead of <c>completed</c>.</summary>
    public double TaskFailureRate { get; set; }

    /// <summary>Share of the images of a set (<c>n</c> &gt; 1), from 0 to 1, that fail individually: their entry carries an <c>error</c> instead of an image.</summary>
    public double SetItemFailureRate { get; set; }

    /// <summary>How long <c>POST /v1/tasks/sync</c> waits for the task before it answers <c>processing</c> with a <c>poll_url</c>.</summary>
    public TimeSpan SyncWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a result link under <c>/files/</c> answers before it turns 410 Gone.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a finished task (and its result files) is kept after it finished; then it is forgotten and
    /// answers 404, so memory stays bounded however long the emulator runs. Default 48 hours, longer than the
    /// links' 24 hours.
    /// </summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// The most tasks held at once. When a create would pass it, the tasks that ended first are forgotten early (404); when
    /// none of the held tasks has ended, the create answers 429 with <c>Retry-After</c> until the oldest ends. Default 10,000.
    /// </summary>
    public int MaxRetainedTasks { get; set; } = 10_000;

    /// <summary>The largest create body read, in bytes; a larger one answers 413 with the error envelope. Default 1 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The result images are the provider's pixel size divided by this (at least 1 pixel each way),
    /// so tests and demos stay fast: 16 turns 2848×1600 into 178×100. 1 gives full-size images.
    /// </summary>
    public int ImageScaleDown { get; set; } = 16;

    /// <summary>Images the key may still generate (each task costs <c>n</c>); <see langword="null"/> is unlimited. When it runs out, creating a task answers 402.</summary>
    public long? Quota { get; set; }

    /// <summary>Seed of the choices made per task (which tasks and set items fail) and of task ids, so a run can be reproduced.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Model tables added to the shipped ones, as a client adds them (<see cref="SeedreamClientOptions.ModelTables"/>): a
    /// table with a shipped id replaces the shipped one for this emulator; two tables with one id are an error at start.
    /// </summary>
    public IList<SeedreamModelTable> ModelTables { get; set; } = new List<SeedreamModelTable>();

    /// <summary>How finished tasks are delivered to <c>callback_url</c>.</summary>
    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Which faults the API endpoints inject, and how often.</summary>
    public FaultOptions Faults { get; set; } = new();
}
