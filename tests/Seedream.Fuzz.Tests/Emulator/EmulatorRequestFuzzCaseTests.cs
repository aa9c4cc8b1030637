using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Seedream.Emulator;
using Xunit;

namespace Seedream.Fuzz.Tests.Emulator;

/// <summary>Requests from the emulator fuzz run (seed 20261124) kept as fixed cases: each is answered 400 naming the field, never 500.</summary>
public sealed class EmulatorRequestFuzzCaseTests
{
    [Theory]
    [InlineData("99999999999999999999")] // Fuzz seed 20261124, case 2565: an integer no long holds.
    [InlineData("-99999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("1e400")]
    public async Task Create_WithAnImageCountBeyondAnyInteger_Answers400NamingN(string n)
    {
        await using var emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions { ApiKey = "sk-fuzz" }, new FakeTimeProvider());
        using var http = emulator.CreateHttpClient();

        using var response = await http.PostAsync(
            "/v1/tasks",
            new StringContent("{\"model\":\"seedream-4.5\",\"prompt\":\"a shiba\",\"n\":" + n + "}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string?)JObject.Parse(await response.Content.ReadAsStringAsync()).SelectToken("error.message");
        Assert.Contains("n ", message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TasksCreated);
    }
}
