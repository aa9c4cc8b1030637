// A stand-in for the runtime surface of Seedream.Client that generated code compiles against, as the
// cross-project contract states it: the table types and SeedreamRequest / SeedreamRequestBuilder. It is
// not compiled into the test assembly: the tests compile it into an assembly named Seedream.Client and
// reference that, so generated code is checked against the contract, not against the client of the day.
// Its builder keeps what it is told, without rules: the generated wrappers must forward, nothing more.
#nullable enable
using System;
using System.Collections.Generic;

namespace Seedream
{
    public enum SeedreamExtraKind { Enum, Bool, Number, Tool }

    public enum SeedreamHost { Gateway, ModelArk, Volcengine }

    public sealed class SeedreamModelHost
    {
        public SeedreamModelHost(SeedreamHost host, string id, IReadOnlyList<string>? aliases, bool callbacks, long? minPixels = null, long? maxPixels = null)
        {
            Host = host; Id = id; Aliases = aliases ?? Array.Empty<string>(); Callbacks = callbacks; MinPixels = minPixels; MaxPixels = maxPixels;
        }
        public SeedreamHost Host { get; }
        public string Id { get; }
        public IReadOnlyList<string> Aliases { get; }
        public bool Callbacks { get; }
        public long? MinPixels { get; }
        public long? MaxPixels { get; }
    }

    public sealed class SeedreamExtraValue
    {
        public SeedreamExtraValue(string value, string description) { Value = value; Description = description; }
        public string Value { get; }
        public string Description { get; }
    }

    public sealed class SeedreamExtraOption
    {
        public SeedreamExtraOption(string name, string path, SeedreamExtraKind kind, string description, IReadOnlyList<SeedreamExtraValue>? values = null,
            double? minimum = null, double? maximum = null, string? tool = null, string? defaultValue = null)
        {
            Name = name; Path = path; Kind = kind; Description = description; Values = values ?? Array.Empty<SeedreamExtraValue>();
            Minimum = minimum; Maximum = maximum; Tool = tool; DefaultValue = defaultValue;
        }
        public string Name { get; }
        public string Path { get; }
        public SeedreamExtraKind Kind { get; }
        public string Description { get; }
        public IReadOnlyList<SeedreamExtraValue> Values { get; }
        public double? Minimum { get; }
        public double? Maximum { get; }
        public string? Tool { get; }
        public string? DefaultValue { get; }
    }

    public sealed class SeedreamModelLimits
    {
        public SeedreamModelLimits(int maxReferenceImages, long maxReferenceImageBytes, int maxImageSetTotal, int recommendedPromptLength)
        {
            MaxReferenceImages = maxReferenceImages; MaxReferenceImageBytes = maxReferenceImageBytes; MaxImageSetTotal = maxImageSetTotal; RecommendedPromptLength = recommendedPromptLength;
        }
        public int MaxReferenceImages { get; }
        public long MaxReferenceImageBytes { get; }
        public int MaxImageSetTotal { get; }
        public int RecommendedPromptLength { get; }
    }

    public sealed class SeedreamModelTable
    {
        public SeedreamModelTable(string id, string typeName, string description, IReadOnlyList<string> sizes, IReadOnlyList<string> resolutions,
            SeedreamModelLimits limits, IReadOnlyList<SeedreamExtraOption> extras, IReadOnlyList<string>? notes = null, IReadOnlyList<SeedreamModelHost>? hosts = null)
        {
            Id = id; TypeName = typeName; Description = description; Sizes = sizes; Resolutions = resolutions; Limits = limits; Extras = extras;
            Notes = notes ?? Array.Empty<string>();
            Hosts = hosts ?? Array.Empty<SeedreamModelHost>();
        }
        public IReadOnlyList<SeedreamModelHost> Hosts { get; }
        public string Id { get; }
        public string TypeName { get; }
        public string Description { get; }
        public IReadOnlyList<string> Sizes { get; }
        public IReadOnlyList<string> Resolutions { get; }
        public SeedreamModelLimits Limits { get; }
        public IReadOnlyList<SeedreamExtraOption> Extras { get; }
        public IReadOnlyList<string> Notes { get; }
    }

    public sealed class SeedreamValidationException : Exception
    {
        public SeedreamValidationException(string message) : base(message) { }
    }

    public sealed class SeedreamRequest
    {
        internal SeedreamRequest(SeedreamRequestBuilder builder)
        {
            Model = builder.ModelId; Table = builder.ModelTable; Prompt = builder.PromptText; Size = builder.SizeValue; Resolution = builder.ResolutionValue;
            ReferenceImages = builder.Images.ToArray(); ImageCount = builder.Count; Watermark = builder.WatermarkValue; CallbackUrl = builder.Callback;
            CallbackEvents = builder.Events.ToArray(); Extras = new Dictionary<string, object>(builder.ExtraValues);
        }
        public string Model { get; }
        public SeedreamModelTable? Table { get; }
        public string Prompt { get; }
        public string? Size { get; }
        public string? Resolution { get; }
        public IReadOnlyList<Uri> ReferenceImages { get; }
        public int? ImageCount { get; }
        public bool? Watermark { get; }
        public Uri? CallbackUrl { get; }
        public IReadOnlyList<string> CallbackEvents { get; }
        public IReadOnlyDictionary<string, object> Extras { get; }
        public static SeedreamRequestBuilder ForModel(string modelId) => new SeedreamRequestBuilder(modelId, null);
        public static SeedreamRequestBuilder ForModel(SeedreamModelTable table) => new SeedreamRequestBuilder(table.Id, table);
    }

    public sealed class SeedreamRequestBuilder
    {
        internal SeedreamRequestBuilder(string modelId, SeedreamModelTable? table) { ModelId = modelId; ModelTable = table; }
        internal string ModelId { get; }
        internal SeedreamModelTable? ModelTable { get; }
        internal string PromptText { get; private set; } = "";
        internal string? SizeValue { get; private set; }
        internal string? ResolutionValue { get; private set; }
        internal List<Uri> Images { get; } = new List<Uri>();
        internal int? Count { get; private set; }
        internal bool? WatermarkValue { get; private set; }
        internal Uri? Callback { get; private set; }
        internal List<string> Events { get; } = new List<string>();
        internal Dictionary<string, object> ExtraValues { get; } = new Dictionary<string, object>();

        public SeedreamRequestBuilder Prompt(string prompt) { if (string.IsNullOrEmpty(prompt)) throw new ArgumentException("empty prompt", nameof(prompt)); PromptText = prompt; return this; }
        public SeedreamRequestBuilder Size(string size) { SizeValue = size; return this; }
        public SeedreamRequestBuilder Resolution(string resolution) { ResolutionValue = resolution; return this; }
        public SeedreamRequestBuilder ReferenceImage(string url) => ReferenceImage(new Uri(url, UriKind.Absolute));
        public SeedreamRequestBuilder ReferenceImage(Uri url) { Images.Add(url); return this; }
        public SeedreamRequestBuilder ReferenceImages(params string[] urls) { foreach (var url in urls) ReferenceImage(url); return this; }
        public SeedreamRequestBuilder ReferenceImages(IEnumerable<Uri> urls) { Images.AddRange(urls); return this; }
        public SeedreamRequestBuilder ImageCount(int count) { Count = count; return this; }
        public SeedreamRequestBuilder Watermark(bool enabled) { WatermarkValue = enabled; return this; }
        public SeedreamRequestBuilder CallbackUrl(string url) => CallbackUrl(new Uri(url, UriKind.Absolute));
        public SeedreamRequestBuilder CallbackUrl(Uri url) { Callback = url; return this; }
        public SeedreamRequestBuilder CallbackEvents(params string[] events) { Events.AddRange(events); return this; }
        public SeedreamRequestBuilder WebSearch() => Tool("web_search");
        public SeedreamRequestBuilder Tool(string type)
        {
            var path = "tools";
            foreach (var extra in ModelTable?.Extras ?? Array.Empty<SeedreamExtraOption>())
            {
                if (extra.Kind == SeedreamExtraKind.Tool) { path = extra.Path; }
            }

            var tools = ExtraValues.TryGetValue(path, out var existing) ? (List<string>)existing : new List<string>();
            tools.Add(type);
            ExtraValues[path] = tools;
            return this;
        }
        public SeedreamRequestBuilder Extra(string path, string value) { ExtraValues[path] = value; return this; }
        public SeedreamRequestBuilder Extra(string path, bool value) { ExtraValues[path] = value; return this; }
        public SeedreamRequestBuilder Extra(string path, double value) { ExtraValues[path] = value; return this; }
        public SeedreamRequestBuilder Extra(string path, long value) { ExtraValues[path] = value; return this; }
        public SeedreamRequest Build() => new SeedreamRequest(this);
    }
}
