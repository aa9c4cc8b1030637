using System;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>Draws the faults of each request from a generator seeded with <see cref="FaultOptions.Seed"/>.</summary>
internal sealed class FaultInjector
{
    private readonly FaultOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <summary>Creates the injector.</summary>
    /// <param name="options">The emulator's options.</param>
    public FaultInjector(EmulatorOptions options)
    {
        _options = options.Faults;
        _random = new Random(_options.Seed);
    }

    /// <summary>Draws the faults of the next request: three independent draws, for latency, status and body (or stream).</summary>
    public FaultPlan Draw()
    {
        double latency, status, body;
        lock (_gate)
        {
            latency = _random.NextDouble();
            status = _random.NextDouble();
            body = _random.NextDouble();
        }

        return new FaultPlan(latency < _options.LatencyRate, PickStatus(status), PickBody(body));
    }

    private FaultKind? PickStatus(double draw)
    {
        if (draw < _options.ServerErrorRate)
        {
            return FaultKind.ServerError;
        }

        if (draw < _options.ServerErrorRate + _options.ServiceUnavailableRate)
        {
            return FaultKind.ServiceUnavailable;
        }

        return draw < _options.ServerErrorRate + _options.ServiceUnavailableRate + _options.RateLimitRate ? FaultKind.RateLimited : null;
    }

    private FaultKind? PickBody(double draw)
    {
        if (draw < _options.DropConnectionRate)
        {
            return FaultKind.DroppedConnection;
        }

        if (draw < _options.DropConnectionRate + _options.TruncateBodyRate)
        {
            return FaultKind.TruncatedBody;
        }

        return draw < _options.DropConnectionRate + _options.TruncateBodyRate + _options.StallRate ? FaultKind.Stall : null;
    }
}
