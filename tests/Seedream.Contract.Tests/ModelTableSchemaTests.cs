using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NJsonSchema;
using Seedream.Testing;
using Xunit;

namespace Seedream.Contract.Tests;

public class ModelTableSchemaTests
{
    private static readonly Task<JsonSchema> Schema = JsonSchema.FromFileAsync(RepositoryPaths.Spec("model-table.schema.json"));

    public static IEnumerable<object[]> ShippedTables() =>
        Directory.GetFiles(RepositoryPaths.Spec("models"), "*.json").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void ThreeModelTablesAreShipped()
    {
        Assert.Equal(
            new[] { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" },
            ShippedTables().Select(row => (string)row[0]));
    }

    [Theory]
    [MemberData(nameof(ShippedTables))]
    public async Task ShippedTable_ValidatesAgainstTheSchema(string fileName)
    {
        var errors = (await Schema).Validate(File.ReadAllText(RepositoryPaths.Spec(Path.Combine("models", fileName))));

        Assert.True(errors.Count == 0, $"{fileName}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task MisspelledKey_FailsValidation_NamingFileAndKey()
    {
        var table = ShippedText("seedream-5.0.json").Replace("\"resolutions\"", "\"resolution\"");

        var report = await ValidateAsync("seedream-5.0.json", table);

        Assert.Contains("seedream-5.0.json", report);
        Assert.Contains("#/resolution: NoAdditionalPropertiesAllowed", report);
        Assert.Contains("resolutions: PropertyRequired", report);
    }

    [Fact]
    public async Task UnknownValueKind_FailsValidation_NamingFileAndKey()
    {
        var table = ShippedText("seedream-4.0.json").Replace("\"kind\": \"number\"", "\"kind\": \"slider\"");

        var report = await ValidateAsync("seedream-4.0.json", table);

        Assert.Contains("seedream-4.0.json", report);
        Assert.Contains("#/extras[2].kind: NotInEnumeration", report);
    }

    [Fact]
    public async Task EnumExtraWithoutValues_FailsValidation()
    {
        var table = ShippedText("seedream-4.5.json").Replace("\"values\"", "\"choices\"");

        var report = await ValidateAsync("seedream-4.5.json", table);

        Assert.Contains("choices: NoAdditionalPropertiesAllowed", report);
    }

    [Fact]
    public async Task ExtraTakenAtAnUnknownHost_FailsValidation()
    {
        var table = ShippedText("seedream-4.0.json").Replace("\"hosts\": [\"gateway\"]", "\"hosts\": [\"bytedance\"]");

        var report = await ValidateAsync("seedream-4.0.json", table);

        Assert.Contains("#/extras[2].hosts[0]: NotInEnumeration", report);
    }

    [Fact]
    public async Task HostWithoutCallbacks_OrTheGatewayUnderHosts_FailsValidation()
    {
        var table = ShippedText("seedream-4.5.json")
            .Replace("\"id\": \"seedream-4-5-251128\",\n      \"callbacks\": false", "\"id\": \"seedream-4-5-251128\"")
            .Replace("\"hosts\": {", "\"hosts\": {\n    \"gateway\": { \"id\": \"seedream-4.5\", \"callbacks\": true },");

        var report = await ValidateAsync("seedream-4.5.json", table);

        Assert.Contains("#/hosts.modelark.callbacks: PropertyRequired", report);
        Assert.Contains("#/hosts.gateway: NoAdditionalPropertiesAllowed", report);
    }

    private static string ShippedText(string fileName) => File.ReadAllText(RepositoryPaths.Spec(Path.Combine("models", fileName)));

    private static async Task<string> ValidateAsync(string fileName, string json)
    {
        var errors = (await Schema).Validate(json);
        Assert.NotEmpty(errors);
        return string.Join("\n", Flatten(errors).Select(e => $"{fileName}: {e.Path}: {e.Kind}"));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is NJsonSchema.Validation.ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
        }
    }
}
