using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Seedream.Emulator;

/// <summary>Counts the API's 4xx answers in <see cref="EmulatorCounters.Rejected"/>.</summary>
internal sealed class RejectionCountingFilter : IEndpointFilter
{
    private readonly EmulatorCounters _counters;

    /// <summary>Creates the filter.</summary>
    /// <param name="counters">Where rejections are counted.</param>
    public RejectionCountingFilter(EmulatorCounters counters) => _counters = counters;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 and < 500 })
        {
            _counters.Reject();
        }

        return result;
    }
}
